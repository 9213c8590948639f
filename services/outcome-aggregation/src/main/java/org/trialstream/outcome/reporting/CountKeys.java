package org.trialstream.outcome.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names of the counts in a report. Counts are kept by name so that suppression treats them alike; a suppressed
 * count stays in the map with a null value and its name is listed as suppressed.
 */
public final class CountKeys {

	public static final String ENROLLED = "enrolledSubjects";

	public static final String ANALYSED = "analysedUnits";

	public static final String CLOSED = "closedUnits";

	public static final String AWAITING_CONFIRMATION = "awaitingConfirmation";

	public static final String WEEK4_EVALUABLE = "week4Evaluable";

	public static final String WEEK4_RESPONDERS = "week4Responders";

	public static final String RESPONSE_EVALUABLE = "response.evaluable";

	public static final String AE_EVENTS = "safety.events";

	public static final String SERIOUS = "safety.seriousEvents";

	public static final String SUSARS = "safety.susars";

	public static final String SUBJECTS_GRADE3 = "safety.subjectsWithGrade3OrWorse";

	public static final String DEATHS = "safety.deaths";

	public static final String MAJOR_AMPUTATIONS = "majorAmputations";

	public static final String DIABETES_EVALUABLE = "diabetes.evaluable";

	public static final String HBA1C_BELOW_7 = "diabetes.hba1cBelow7";

	public static final String INSULIN_INDEPENDENT = "diabetes.insulinIndependent";

	public static final String SEVERE_HYPOGLYCAEMIA = "diabetes.severeHypoglycaemiaEvents";

	public static final String VISITS_DUE = "visits.due";

	public static final String VISITS_DONE = "visits.done";

	public static final String VISITS_OUT_OF_WINDOW = "visits.outOfWindow";

	public static final String VISITS_MISSED = "visits.missed";

	public static final List<String> RESPONSES = List.of("response.COMPLETE_RESPONSE", "response.PARTIAL_RESPONSE",
			"response.STABLE_DISEASE", "response.PROGRESSIVE_DISEASE");

	public static final List<String> GRADES = List.of("safety.grade1", "safety.grade2", "safety.grade3",
			"safety.grade4", "safety.grade5");

	private CountKeys() {
	}

	public static String grade(int grade) {
		return "safety.grade" + grade;
	}

	public static String response(String responseName) {
		return "response." + responseName;
	}

	/** A sorted copy that keeps null values (suppressed counts). */
	static Map<String, Integer> copy(Map<String, Integer> counts) {
		return counts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(counts));
	}

	static List<String> sorted(java.util.Collection<String> names) {
		List<String> list = new ArrayList<>(names);
		Collections.sort(list);
		return List.copyOf(list);
	}

}
