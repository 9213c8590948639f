package org.trialstream.outcome.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trialstream.outcome.statistics.CompetingRiskObservation;
import org.trialstream.outcome.statistics.ConfidenceTransform;
import org.trialstream.outcome.statistics.CumulativeIncidence;
import org.trialstream.outcome.statistics.KaplanMeier;
import org.trialstream.outcome.statistics.KaplanMeierCurve;
import org.trialstream.outcome.statistics.MedianSurvival;
import org.trialstream.outcome.statistics.SurvivalObservation;
import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.outcome.subject.UnitOutcome;
import org.trialstream.protocol.TrialProtocol;

/**
 * The outcomes of one group of subjects (an arm, or all): counts, time to closure (Kaplan-Meier, censored at the last
 * wound assessment), major amputation with death competing (Aalen-Johansen), changes from baseline (Welford), the
 * protocol's wound response and diabetes endpoints, safety counts and visit compliance as of a study date.
 */
final class ArmOutcomeCalculator {

	private static final int AMPUTATION = 1;

	private static final int DEATH = 2;

	private final TrialProtocol protocol;

	private final LocalDate asOf;

	ArmOutcomeCalculator(TrialProtocol protocol, LocalDate asOf) {
		this.protocol = protocol;
		this.asOf = asOf;
	}

	ArmOutcome calculate(String armCode, String label, List<SubjectSummary> subjects) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<UnitOutcome> units = subjects.stream().flatMap(s -> s.units().stream()).toList();
		List<UnitOutcome> followed = units.stream().filter(u -> u.followUpDay() != null).toList();
		counts.put(CountKeys.ENROLLED, subjects.size());
		counts.put(CountKeys.ANALYSED, followed.size());
		counts.put(CountKeys.CLOSED, (int) units.stream().filter(u -> u.closureDay() != null).count());
		counts.put(CountKeys.AWAITING_CONFIRMATION, (int) units.stream().filter(UnitOutcome::awaitingConfirmation).count());
		List<UnitOutcome> week4 = units.stream().filter(u -> u.weekFourResponder() != null).toList();
		counts.put(CountKeys.WEEK4_EVALUABLE, week4.size());
		int responders = (int) week4.stream().filter(UnitOutcome::weekFourResponder).count();
		counts.put(CountKeys.WEEK4_RESPONDERS, responders);
		counts.put(CountKeys.MAJOR_AMPUTATIONS, (int) units.stream().filter(u -> u.amputationDay() != null).count());
		ResponseShares shares = response(units, counts);
		safety(subjects, counts);
		diabetes(subjects, counts);
		counts.putAll(siteCounts(subjects));

		KaplanMeierCurve curve = KaplanMeier.estimate(followed.stream()
			.map(u -> u.closureDay() != null ? SurvivalObservation.event(u.closureDay())
					: SurvivalObservation.censored(u.followUpDay()))
			.toList());
		MedianSurvival median = curve.median(ConfidenceTransform.LOG_LOG);
		List<CompetingRiskObservation> risks = competingRisks(subjects);
		return new ArmOutcome(armCode, label, counts, List.of(),
				new Median(median.median(), median.lower95(), median.upper95()),
				curve.steps()
					.stream()
					.map(s -> new CurvePoint(s.time(), s.survival(), s.atRisk(), s.events(), s.censored()))
					.toList(),
				false, week4.isEmpty() ? null : (double) responders / week4.size(), shares.objective(),
				shares.objectiveOrStable(), incidence(risks, AMPUTATION), incidence(risks, DEATH), ChangeFromBaseline.summarise(protocol, subjects));
	}

	/** Enrolment and visits due, done, out of window and missed as of the report date. */
	Map<String, Integer> siteCounts(List<SubjectSummary> subjects) {
		int due = 0;
		int done = 0;
		int outOfWindow = 0;
		int missed = 0;
		for (SubjectSummary subject : subjects) {
			for (TrialProtocol.ScheduledVisit visit : protocol.schedule()) {
				Boolean late = subject.visitsDone().get(visit.code());
				boolean windowClosed = asOf != null && subject.enrolmentDate() != null
						&& subject.enrolmentDate().plusDays(visit.day() + visit.windowAfterDays()).isBefore(asOf);
				if (late != null) {
					done++;
					outOfWindow += late ? 1 : 0;
				}
				if (late != null || windowClosed) {
					due++;
					missed += late == null ? 1 : 0;
				}
			}
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put(CountKeys.ENROLLED, subjects.size());
		counts.put(CountKeys.VISITS_DUE, due);
		counts.put(CountKeys.VISITS_DONE, done);
		counts.put(CountKeys.VISITS_OUT_OF_WINDOW, outOfWindow);
		counts.put(CountKeys.VISITS_MISSED, missed);
		return counts;
	}

	private ResponseShares response(List<UnitOutcome> units, Map<String, Integer> counts) {
		if (protocol.responseMapping() == null) {
			return new ResponseShares(null, null);
		}
		List<UnitOutcome> evaluable = units.stream().filter(u -> u.response() != null).toList();
		counts.put(CountKeys.RESPONSE_EVALUABLE, evaluable.size());
		CountKeys.RESPONSES.forEach(key -> counts.put(key, 0));
		evaluable.forEach(u -> counts.merge(CountKeys.response(u.response()), 1, Integer::sum));
		if (evaluable.isEmpty()) {
			return new ResponseShares(null, null);
		}
		int complete = counts.get("response.COMPLETE_RESPONSE");
		int partial = counts.get("response.PARTIAL_RESPONSE");
		int stable = counts.get("response.STABLE_DISEASE");
		return new ResponseShares((double) (complete + partial) / evaluable.size(),
				(double) (complete + partial + stable) / evaluable.size());
	}

	private record ResponseShares(Double objective, Double objectiveOrStable) {
	}

	private static void safety(List<SubjectSummary> subjects, Map<String, Integer> counts) {
		CountKeys.GRADES.forEach(key -> counts.put(key, 0));
		subjects.forEach(s -> s.adverseEventsByGrade()
			.forEach((grade, n) -> counts.merge(CountKeys.grade(Math.max(1, Math.min(5, grade))), n, Integer::sum)));
		counts.put(CountKeys.AE_EVENTS, CountKeys.GRADES.stream().mapToInt(counts::get).sum());
		counts.put(CountKeys.SERIOUS, subjects.stream().mapToInt(SubjectSummary::seriousEvents).sum());
		counts.put(CountKeys.SUSARS, subjects.stream().mapToInt(SubjectSummary::susars).sum());
		counts.put(CountKeys.SUBJECTS_GRADE3,
				(int) subjects.stream().filter(SubjectSummary::anyGradeThreeOrWorse).count());
		counts.put(CountKeys.DEATHS, (int) subjects.stream().filter(s -> s.deathDay() != null).count());
	}

	private void diabetes(List<SubjectSummary> subjects, Map<String, Integer> counts) {
		if (!protocol.diabetesEndpoints()) {
			return;
		}
		List<SubjectSummary> evaluable = subjects.stream().filter(s -> s.latestHba1cPercent() != null).toList();
		counts.put(CountKeys.DIABETES_EVALUABLE, evaluable.size());
		counts.put(CountKeys.HBA1C_BELOW_7, (int) evaluable.stream().filter(s -> s.latestHba1cPercent() < 7.0).count());
		counts.put(CountKeys.INSULIN_INDEPENDENT,
				(int) subjects.stream().filter(s -> Boolean.TRUE.equals(s.insulinIndependent())).count());
		counts.put(CountKeys.SEVERE_HYPOGLYCAEMIA,
				subjects.stream().mapToInt(SubjectSummary::severeHypoglycaemiaEvents).sum());
	}

	private static List<CompetingRiskObservation> competingRisks(List<SubjectSummary> subjects) {
		List<CompetingRiskObservation> risks = new ArrayList<>();
		for (SubjectSummary subject : subjects) {
			for (UnitOutcome unit : subject.units()) {
				Integer death = subject.deathDay();
				Integer amputation = unit.amputationDay();
				if (amputation != null && (death == null || amputation <= death)) {
					risks.add(new CompetingRiskObservation(amputation, AMPUTATION));
				}
				else if (death != null) {
					risks.add(new CompetingRiskObservation(death, DEATH));
				}
				else if (unit.followUpDay() != null) {
					risks.add(new CompetingRiskObservation(Math.max(0, unit.followUpDay()),
							CompetingRiskObservation.CENSORED));
				}
			}
		}
		return risks;
	}

	private static List<IncidencePoint> incidence(List<CompetingRiskObservation> risks, int cause) {
		return CumulativeIncidence.estimate(risks, cause)
			.stream()
			.map(step -> new IncidencePoint(step.time(), step.incidence(), step.atRisk()))
			.toList();
	}

}
