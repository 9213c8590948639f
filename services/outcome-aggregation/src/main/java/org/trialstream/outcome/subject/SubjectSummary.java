package org.trialstream.outcome.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the trial reports take from one subject: the trial-level aggregate is a fold over these, so a subject's
 * new summary simply replaces its old one.
 *
 * @param subjectId the subject
 * @param siteId enrolling site
 * @param armCode allocated arm
 * @param enrolmentDate study day 0
 * @param visitsDone scheduled visit codes done, with whether each was out of window
 * @param units analysis units with their outcomes
 * @param deathDay study day of death, null if alive
 * @param adverseEventsByGrade number of adverse events by CTCAE grade (1-5)
 * @param seriousEvents serious adverse events
 * @param susars SUSAR alerts
 * @param hba1cChange HbA1c change from baseline by visit code
 * @param latestHba1cPercent the latest HbA1c, null if none
 * @param insulinIndependent latest daily insulin dose is zero; null if not recorded
 * @param severeHypoglycaemiaEvents severe hypoglycaemic events recorded
 */
public record SubjectSummary(String subjectId, String siteId, String armCode, LocalDate enrolmentDate,
		Map<String, Boolean> visitsDone, List<UnitOutcome> units, Integer deathDay,
		Map<Integer, Integer> adverseEventsByGrade, int seriousEvents, int susars, Map<String, Double> hba1cChange,
		Double latestHba1cPercent, Boolean insulinIndependent, int severeHypoglycaemiaEvents) {

	public SubjectSummary {
		visitsDone = visitsDone == null ? Map.of() : Map.copyOf(visitsDone);
		units = units == null ? List.of() : List.copyOf(units);
		adverseEventsByGrade = adverseEventsByGrade == null ? Map.of() : Map.copyOf(adverseEventsByGrade);
		hba1cChange = hba1cChange == null ? Map.of() : Map.copyOf(hba1cChange);
	}

	public boolean anyGradeThreeOrWorse() {
		return adverseEventsByGrade.entrySet().stream().anyMatch(e -> e.getKey() >= 3 && e.getValue() > 0);
	}

}
