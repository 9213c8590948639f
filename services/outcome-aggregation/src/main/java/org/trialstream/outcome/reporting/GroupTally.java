package org.trialstream.outcome.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.trialstream.outcome.statistics.CompetingRiskObservation;
import org.trialstream.outcome.statistics.CompetingRiskTable;
import org.trialstream.outcome.statistics.ExactMoments;
import org.trialstream.outcome.statistics.SurvivalObservation;
import org.trialstream.outcome.statistics.SurvivalTable;
import org.trialstream.outcome.subject.Measure;
import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.outcome.subject.UnitOutcome;
import org.trialstream.protocol.TrialProtocol;

/**
 * Everything an arm's (or the pooled) outcome is computed from, as running totals over its subjects: counts, the
 * time-to-closure and competing-risk tables, exact sums of every change from baseline, visit compliance. A subject's
 * new summary replaces its old one by subtracting the old and adding the new, so an update costs the same however
 * many subjects the trial has; subtracting is exact (integers, exact sums), so the totals equal a fresh count.
 */
final class GroupTally {

	static final int AMPUTATION = 1;

	static final int DEATH = 2;

	final VisitCompliance compliance;

	final Map<String, Integer> unitCounts = new HashMap<>();

	final Map<String, Integer> responses = new TreeMap<>();

	final SurvivalTable closure = new SurvivalTable();

	final CompetingRiskTable risks = new CompetingRiskTable();

	/** Exact sums by measure report name, then visit code. */
	final Map<String, Map<String, ExactMoments>> changes = new HashMap<>();

	GroupTally(TrialProtocol protocol) {
		this.compliance = new VisitCompliance(protocol);
	}

	/** Replaces {@code before} (null for a new subject) by {@code after} (null to take the subject out). */
	void replace(SubjectSummary before, SubjectSummary after) {
		if (before != null) {
			count(before, -1);
		}
		if (after != null) {
			count(after, 1);
		}
		changes(before, after);
	}

	int count(String key) {
		return unitCounts.getOrDefault(key, 0);
	}

	private void count(SubjectSummary subject, int sign) {
		compliance.add(subject, sign);
		for (UnitOutcome unit : subject.units()) {
			bump(CountKeys.ANALYSED, unit.followUpDay() != null, sign);
			bump(CountKeys.CLOSED, unit.closureDay() != null, sign);
			bump(CountKeys.AWAITING_CONFIRMATION, unit.awaitingConfirmation(), sign);
			bump(CountKeys.WEEK4_EVALUABLE, unit.weekFourResponder() != null, sign);
			bump(CountKeys.WEEK4_RESPONDERS, Boolean.TRUE.equals(unit.weekFourResponder()), sign);
			bump(CountKeys.MAJOR_AMPUTATIONS, unit.amputationDay() != null, sign);
			if (unit.response() != null) {
				bump(CountKeys.RESPONSE_EVALUABLE, true, sign);
				responses.merge(CountKeys.response(unit.response()), sign, (a, b) -> a + b == 0 ? null : a + b);
			}
			if (unit.followUpDay() != null) {
				SurvivalObservation observation = unit.closureDay() != null
						? SurvivalObservation.event(unit.closureDay()) : SurvivalObservation.censored(unit.followUpDay());
				if (sign > 0) {
					closure.add(observation);
				}
				else {
					closure.remove(observation);
				}
			}
			CompetingRiskObservation risk = competingRisk(subject.deathDay(), unit);
			if (risk != null) {
				if (sign > 0) {
					risks.add(risk);
				}
				else {
					risks.remove(risk);
				}
			}
		}
		subject.adverseEventsByGrade()
			.forEach((grade, n) -> bumpBy(CountKeys.grade(Math.max(1, Math.min(5, grade))), n * sign));
		bumpBy(CountKeys.SERIOUS, subject.seriousEvents() * sign);
		bumpBy(CountKeys.SUSARS, subject.susars() * sign);
		bump(CountKeys.SUBJECTS_GRADE3, subject.anyGradeThreeOrWorse(), sign);
		bump(CountKeys.DEATHS, subject.deathDay() != null, sign);
		bump(CountKeys.DIABETES_EVALUABLE, subject.latestHba1cPercent() != null, sign);
		bump(CountKeys.HBA1C_BELOW_7, subject.latestHba1cPercent() != null && subject.latestHba1cPercent() < 7.0,
				sign);
		bump(CountKeys.INSULIN_INDEPENDENT, Boolean.TRUE.equals(subject.insulinIndependent()), sign);
		bumpBy(CountKeys.SEVERE_HYPOGLYCAEMIA, subject.severeHypoglycaemiaEvents() * sign);
	}

	/** Amputation first unless death came before it; else death; else censored at the last follow-up. */
	private static CompetingRiskObservation competingRisk(Integer death, UnitOutcome unit) {
		Integer amputation = unit.amputationDay();
		if (amputation != null && (death == null || amputation <= death)) {
			return new CompetingRiskObservation(amputation, AMPUTATION);
		}
		if (death != null) {
			return new CompetingRiskObservation(death, DEATH);
		}
		if (unit.followUpDay() != null) {
			return new CompetingRiskObservation(Math.max(0, unit.followUpDay()), CompetingRiskObservation.CENSORED);
		}
		return null;
	}

	/** Only the values that differ between the two summaries move: a new visit touches a few sums, not all. */
	private void changes(SubjectSummary before, SubjectSummary after) {
		moveUnits(before, after, -1);
		moveUnits(after, before, 1);
	}

	/** Moves each unit's changes of {@code subject} against the same unit's in {@code other}; HbA1c as a unit too. */
	private void moveUnits(SubjectSummary subject, SubjectSummary other, int sign) {
		if (subject == null) {
			return;
		}
		for (UnitOutcome unit : subject.units()) {
			move(unit.changes(), unitChanges(other, unit.unitId()), sign);
		}
		if (!subject.hba1cChange().isEmpty()) {
			move(hba1cChanges(subject), hba1cChanges(other), sign);
		}
	}

	private static Map<String, Map<String, Double>> unitChanges(SubjectSummary subject, String unitId) {
		if (subject != null) {
			for (UnitOutcome unit : subject.units()) {
				if (unit.unitId().equals(unitId)) {
					return unit.changes();
				}
			}
		}
		return Map.of();
	}

	/** HbA1c belongs to the subject, not a limb: its changes as one more unit's. */
	private static Map<String, Map<String, Double>> hba1cChanges(SubjectSummary subject) {
		return subject == null || subject.hba1cChange().isEmpty() ? Map.of()
				: Map.of(Measure.HBA1C_PERCENT.reportName(), subject.hba1cChange());
	}

	/** Adds (sign 1) or removes (sign -1) the values of {@code values} that {@code other} does not hold alike. */
	private void move(Map<String, Map<String, Double>> values, Map<String, Map<String, Double>> other, int sign) {
		values.forEach((measure, byVisit) -> {
			Map<String, Double> otherByVisit = other.getOrDefault(measure, Map.of());
			byVisit.forEach((visit, value) -> {
				if (value.equals(otherByVisit.get(visit))) {
					return;
				}
				Map<String, ExactMoments> cells = changes.computeIfAbsent(measure, m -> new HashMap<>());
				ExactMoments cell = cells.computeIfAbsent(visit, v -> new ExactMoments());
				if (sign > 0) {
					cell.add(value);
				}
				else if (cell.remove(value).n() == 0) {
					cells.remove(visit);
				}
			});
		});
	}

	private void bump(String key, boolean condition, int sign) {
		if (condition) {
			bumpBy(key, sign);
		}
	}

	private void bumpBy(String key, int delta) {
		if (delta != 0) {
			unitCounts.merge(key, delta, (a, b) -> a + b == 0 ? null : a + b);
		}
	}

}
