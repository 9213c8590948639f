package org.trialstream.outcome.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trialstream.outcome.statistics.ConfidenceTransform;
import org.trialstream.outcome.statistics.CumulativeIncidence;
import org.trialstream.outcome.statistics.ExactMoments;
import org.trialstream.outcome.statistics.KaplanMeier;
import org.trialstream.outcome.statistics.KaplanMeierCurve;
import org.trialstream.outcome.statistics.MedianSurvival;
import org.trialstream.outcome.subject.Measure;
import org.trialstream.protocol.TrialProtocol;

/**
 * The outcomes of one group of subjects (an arm, or all) from its {@link GroupTally}: counts, time to closure
 * (Kaplan-Meier, censored at the last wound assessment), major amputation with death competing (Aalen-Johansen),
 * changes from baseline (n, mean, SD), the protocol's wound response and diabetes endpoints, safety counts and visit
 * compliance as of a study date. Its cost depends on the distinct follow-up times and cells, not on the subjects.
 */
final class ArmOutcomeCalculator {

	private final TrialProtocol protocol;

	private final LocalDate asOf;

	ArmOutcomeCalculator(TrialProtocol protocol, LocalDate asOf) {
		this.protocol = protocol;
		this.asOf = asOf;
	}

	ArmOutcome calculate(String armCode, String label, GroupTally tally) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put(CountKeys.ENROLLED, tally.compliance.enrolled());
		for (String key : List.of(CountKeys.ANALYSED, CountKeys.CLOSED, CountKeys.AWAITING_CONFIRMATION,
				CountKeys.WEEK4_EVALUABLE, CountKeys.WEEK4_RESPONDERS, CountKeys.MAJOR_AMPUTATIONS)) {
			counts.put(key, tally.count(key));
		}
		int evaluable = tally.count(CountKeys.WEEK4_EVALUABLE);
		int responders = tally.count(CountKeys.WEEK4_RESPONDERS);
		ResponseShares shares = response(tally, counts);
		safety(tally, counts);
		diabetes(tally, counts);
		counts.putAll(tally.compliance.counts(asOf));

		KaplanMeierCurve curve = KaplanMeier.estimate(tally.closure);
		MedianSurvival median = curve.median(ConfidenceTransform.LOG_LOG);
		return new ArmOutcome(armCode, label, counts, List.of(),
				new Median(median.median(), median.lower95(), median.upper95()),
				curve.steps()
					.stream()
					.map(s -> new CurvePoint(s.time(), s.survival(), s.atRisk(), s.events(), s.censored()))
					.toList(),
				false, evaluable == 0 ? null : (double) responders / evaluable, shares.objective(),
				shares.objectiveOrStable(), incidence(tally, GroupTally.AMPUTATION),
				incidence(tally, GroupTally.DEATH), measures(tally));
	}

	/** Enrolment and visits due, done, out of window and missed as of the report date. */
	Map<String, Integer> siteCounts(VisitCompliance compliance) {
		return compliance.counts(asOf);
	}

	private ResponseShares response(GroupTally tally, Map<String, Integer> counts) {
		if (protocol.responseMapping() == null) {
			return new ResponseShares(null, null);
		}
		int evaluable = tally.count(CountKeys.RESPONSE_EVALUABLE);
		counts.put(CountKeys.RESPONSE_EVALUABLE, evaluable);
		CountKeys.RESPONSES.forEach(key -> counts.put(key, 0));
		counts.putAll(tally.responses);
		if (evaluable == 0) {
			return new ResponseShares(null, null);
		}
		int complete = counts.get("response.COMPLETE_RESPONSE");
		int partial = counts.get("response.PARTIAL_RESPONSE");
		int stable = counts.get("response.STABLE_DISEASE");
		return new ResponseShares((double) (complete + partial) / evaluable,
				(double) (complete + partial + stable) / evaluable);
	}

	private record ResponseShares(Double objective, Double objectiveOrStable) {
	}

	private static void safety(GroupTally tally, Map<String, Integer> counts) {
		int events = 0;
		for (String grade : CountKeys.GRADES) {
			counts.put(grade, tally.count(grade));
			events += tally.count(grade);
		}
		counts.put(CountKeys.AE_EVENTS, events);
		for (String key : List.of(CountKeys.SERIOUS, CountKeys.SUSARS, CountKeys.SUBJECTS_GRADE3, CountKeys.DEATHS)) {
			counts.put(key, tally.count(key));
		}
	}

	private void diabetes(GroupTally tally, Map<String, Integer> counts) {
		if (!protocol.diabetesEndpoints()) {
			return;
		}
		for (String key : List.of(CountKeys.DIABETES_EVALUABLE, CountKeys.HBA1C_BELOW_7, CountKeys.INSULIN_INDEPENDENT,
				CountKeys.SEVERE_HYPOGLYCAEMIA)) {
			counts.put(key, tally.count(key));
		}
	}

	/** Change from baseline of each measure at each scheduled visit: measure order, then schedule order. */
	private List<MeasureStat> measures(GroupTally tally) {
		List<MeasureStat> result = new ArrayList<>();
		for (Measure measure : Measure.values()) {
			Map<String, ExactMoments> byVisit = tally.changes.getOrDefault(measure.reportName(), Map.of());
			for (TrialProtocol.ScheduledVisit visit : protocol.schedule()) {
				ExactMoments cell = byVisit.get(visit.code());
				if (cell != null && cell.n() > 0) {
					result.add(new MeasureStat(measure.reportName(), visit.code(), (int) cell.n(), cell.mean(),
							cell.standardDeviation(), false));
				}
			}
		}
		return result;
	}

	private static List<IncidencePoint> incidence(GroupTally tally, int cause) {
		return CumulativeIncidence.estimate(tally.risks, cause)
			.stream()
			.map(step -> new IncidencePoint(step.time(), step.incidence(), step.atRisk()))
			.toList();
	}

}
