package org.trialstream.outcome.subject;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.trialstream.outcome.statistics.AreaReduction;
import org.trialstream.outcome.statistics.ClosureOutcome;
import org.trialstream.outcome.statistics.ResponseCriteria;
import org.trialstream.outcome.statistics.WoundClosureRule;
import org.trialstream.outcome.statistics.WoundResponse;
import org.trialstream.outcome.statistics.WoundVisit;
import org.trialstream.protocol.TrialProtocol;

/**
 * Turns a subject's state into its summary under the trial's protocol: one analysis unit per subject (its study limb)
 * or per limb where the protocol analyses by limb; closure by the two-visit rule; PAR and changes from baseline
 * (the earliest visit) at each scheduled visit; death from a fatal or grade-5 adverse event.
 */
public final class SubjectOutcomes {

	private final TrialProtocol protocol;

	private final WoundClosureRule closureRule;

	private final ResponseCriteria responseCriteria;

	/** The schedule by visit code: looked up for every visit of every summary. */
	private final Map<String, TrialProtocol.ScheduledVisit> schedule = new HashMap<>();

	public SubjectOutcomes(TrialProtocol protocol, WoundClosureRule closureRule) {
		this.protocol = protocol;
		this.closureRule = closureRule;
		this.responseCriteria = protocol.responseMapping() == null ? null
				: new ResponseCriteria(protocol.responseMapping().partialResponseReductionPercent(),
						protocol.responseMapping().progressionIncreasePercent());
		protocol.schedule().forEach(visit -> schedule.putIfAbsent(visit.code(), visit));
	}

	private boolean scheduled(VisitEntry visit) {
		return schedule.containsKey(visit.visitCode());
	}

	/** The subject's summary, or empty before its enrolment has arrived. */
	public Optional<SubjectSummary> summarise(SubjectState state) {
		Enrolment enrolment = state.enrolment();
		if (enrolment == null) {
			return Optional.empty();
		}
		List<VisitEntry> visits = state.visits()
			.values()
			.stream()
			.sorted(Comparator.comparingInt(VisitEntry::studyDay))
			.toList();
		Map<String, Boolean> done = new TreeMap<>();
		visits.stream()
			.filter(this::scheduled)
			.forEach(visit -> done.merge(visit.visitCode(), outOfWindow(visit), Boolean::logicalAnd));
		Integer deathDay = deathDay(state);
		List<UnitOutcome> units = unitLimbs(enrolment, visits).stream()
			.map(limb -> unit(state.subjectId(), limb, visits))
			.toList();
		Map<Integer, Integer> byGrade = new TreeMap<>();
		state.adverseEvents().values().forEach(event -> byGrade.merge(event.grade(), 1, Integer::sum));
		int serious = (int) state.adverseEvents().values().stream().filter(AdverseEventEntry::serious).count();
		int susars = (int) state.alerts().values().stream().filter(AlertEntry::susar).count();
		return Optional.of(new SubjectSummary(state.subjectId(), enrolment.siteId(), enrolment.armCode(),
				enrolment.enrolmentDate(), done, units, deathDay, byGrade, serious, susars,
				hba1cChange(enrolment, visits), latest(visits, VisitEntry::hba1cPercent), insulinIndependent(visits),
				visits.stream().mapToInt(v -> v.severeHypoglycaemiaEvents() == null ? 0 : v.severeHypoglycaemiaEvents())
					.sum()));
	}

	/** Out of window as recorded, or by its (possibly corrected) study day against the schedule. */
	private boolean outOfWindow(VisitEntry visit) {
		TrialProtocol.ScheduledVisit scheduled = schedule.get(visit.visitCode());
		return visit.outOfWindow() || scheduled != null && !scheduled.inWindow(visit.studyDay());
	}

	private List<String> unitLimbs(Enrolment enrolment, List<VisitEntry> visits) {
		if (protocol.unitOfAnalysis() == TrialProtocol.UnitOfAnalysis.LIMB) {
			return enrolment.limbs();
		}
		if (enrolment.studyLimb() != null) {
			return List.of(enrolment.studyLimb());
		}
		// Without a marked study limb, the first limb with a wound measured is the index ulcer.
		return visits.stream()
			.flatMap(visit -> visit.limbs().stream())
			.filter(limb -> limb.areaCm2() != null)
			.map(LimbMeasures::laterality)
			.findFirst()
			.or(() -> enrolment.limbs().stream().findFirst())
			.map(List::of)
			.orElse(List.of());
	}

	private UnitOutcome unit(String subjectId, String laterality, List<VisitEntry> visits) {
		String unitId = protocol.unitOfAnalysis() == TrialProtocol.UnitOfAnalysis.LIMB ? subjectId + "/" + laterality
				: subjectId;
		List<WoundVisit> wound = new ArrayList<>();
		Map<String, Map<String, Double>> changes = new LinkedHashMap<>();
		LimbMeasures baseline = null;
		Integer amputationDay = null;
		for (VisitEntry visit : visits) {
			LimbMeasures limb = visit.limb(laterality);
			if (limb == null) {
				continue;
			}
			if (baseline == null) {
				baseline = limb;
			}
			if (limb.majorAmputation() && amputationDay == null) {
				amputationDay = visit.studyDay();
			}
			if (limb.areaCm2() != null || limb.reEpithelialisationPercent() != null || limb.reportedClosed()) {
				wound.add(new WoundVisit(visit.studyDay(), limb.areaCm2(), limb.reEpithelialisationPercent(),
						limb.drainage(), limb.reportedClosed()));
			}
			if (limb != baseline && scheduled(visit)) {
				addChanges(changes, visit.visitCode(), baseline, limb);
			}
		}
		Double baselineArea = baseline == null ? null : baseline.areaCm2();
		ClosureOutcome closure = closureRule.assess(wound);
		Double latestPar = wound.stream()
			.filter(visit -> visit.areaCm2() != null && visit.studyDay() > 0)
			.reduce((first, second) -> second)
			.map(visit -> AreaReduction.percent(baselineArea, visit.areaCm2()))
			.orElse(null);
		WoundResponse response = responseCriteria == null ? null
				: responseCriteria.classify(closure.confirmed(), latestPar);
		return new UnitOutcome(unitId, closure.closureDay(), closure.lastVisitDay(), closure.awaitingConfirmation(),
				AreaReduction.weekFourResponder(baselineArea, wound).orElse(null), latestPar,
				response == null ? null : response.name(), amputationDay, changes);
	}

	private static void addChanges(Map<String, Map<String, Double>> changes, String visitCode, LimbMeasures baseline,
			LimbMeasures limb) {
		for (Measure measure : Measure.LIMB_MEASURES) {
			Double before = baseline.measure(measure);
			Double now = limb.measure(measure);
			if (before != null && now != null) {
				changes.computeIfAbsent(measure.reportName(), key -> new TreeMap<>()).put(visitCode, now - before);
			}
		}
		Double par = AreaReduction.percent(baseline.areaCm2(), limb.areaCm2());
		if (par != null) {
			changes.computeIfAbsent(Measure.PERCENT_AREA_REDUCTION.reportName(), key -> new TreeMap<>())
				.put(visitCode, par);
		}
	}

	private Integer deathDay(SubjectState state) {
		return state.adverseEvents()
			.values()
			.stream()
			.filter(event -> event.fatal() || event.grade() >= 5)
			.map(event -> event.resolvedDate() != null ? event.resolvedDate() : event.onsetDate())
			.filter(date -> date != null)
			.map(date -> (int) Math.max(0, ChronoUnit.DAYS.between(state.enrolment().enrolmentDate(), date)))
			.min(Integer::compare)
			.orElse(null);
	}

	private Map<String, Double> hba1cChange(Enrolment enrolment, List<VisitEntry> visits) {
		Double baseline = enrolment.baselineHba1cPercent() != null ? enrolment.baselineHba1cPercent()
				: visits.stream().map(VisitEntry::hba1cPercent).filter(v -> v != null).findFirst().orElse(null);
		Map<String, Double> changes = new TreeMap<>();
		if (baseline == null) {
			return changes;
		}
		visits.stream()
			.filter(visit -> visit.hba1cPercent() != null && visit.studyDay() > 0)
			.filter(this::scheduled)
			.forEach(visit -> changes.put(visit.visitCode(), visit.hba1cPercent() - baseline));
		return changes;
	}

	private static Boolean insulinIndependent(List<VisitEntry> visits) {
		Double dose = latest(visits, VisitEntry::dailyInsulinUnits);
		return dose == null ? null : dose <= 0.0;
	}

	private static Double latest(List<VisitEntry> visits, Function<VisitEntry, Double> value) {
		Double found = null;
		for (VisitEntry visit : visits) {
			if (value.apply(visit) != null) {
				found = value.apply(visit);
			}
		}
		return found;
	}

}
