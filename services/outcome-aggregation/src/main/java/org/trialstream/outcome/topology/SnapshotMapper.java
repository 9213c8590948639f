package org.trialstream.outcome.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.trialstream.avro.common.Actor;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.avro.outcome.CumulativeIncidencePoint;
import org.trialstream.avro.outcome.GradeCount;
import org.trialstream.avro.outcome.KaplanMeierPoint;
import org.trialstream.avro.outcome.MeasureSummary;
import org.trialstream.avro.outcome.MedianEstimate;
import org.trialstream.avro.outcome.OutcomeSnapshot;
import org.trialstream.avro.outcome.SafetySummary;
import org.trialstream.avro.outcome.SiteSnapshot;
import org.trialstream.avro.outcome.UnitOfAnalysis;
import org.trialstream.outcome.reporting.ArmOutcome;
import org.trialstream.outcome.reporting.Audience;
import org.trialstream.outcome.reporting.CountKeys;
import org.trialstream.outcome.reporting.IncidencePoint;
import org.trialstream.outcome.reporting.ReportAccess;
import org.trialstream.outcome.reporting.ReportScope;
import org.trialstream.outcome.reporting.TrialReport;

/**
 * Maps a trial report to the outcome snapshots a sponsor may read: the open (pooled) snapshot always, the closed
 * snapshots by arm only once the trial is unblinded or was never blinded, all small-cell suppressed exactly as the
 * sponsor's REST view.
 */
final class SnapshotMapper {

	static final String SOURCE = "outcome-aggregation";

	private SnapshotMapper() {
	}

	static List<OutcomeSnapshot> snapshots(TrialReport full, Instant now) {
		List<OutcomeSnapshot> snapshots = new ArrayList<>();
		TrialReport open = ReportAccess.view(full, Audience.SPONSOR, ReportScope.OPEN_POOLED);
		snapshots.add(snapshot(open, open.pooled(), true, now));
		if (!full.blinded()) {
			TrialReport closed = ReportAccess.view(full, Audience.SPONSOR, ReportScope.CLOSED_BY_ARM);
			closed.arms().forEach(arm -> snapshots.add(snapshot(closed, arm, false, now)));
		}
		return snapshots;
	}

	private static OutcomeSnapshot snapshot(TrialReport report, ArmOutcome arm, boolean pooled, Instant now) {
		Map<String, Integer> counts = new LinkedHashMap<>(arm.counts());
		return OutcomeSnapshot.newBuilder()
			.setMetadata(metadata(report, now))
			.setScope(pooled ? org.trialstream.avro.outcome.ReportScope.OPEN_POOLED
					: org.trialstream.avro.outcome.ReportScope.CLOSED_BY_ARM)
			.setArmCode(arm.armCode())
			.setUnitOfAnalysis(UnitOfAnalysis.valueOf(report.unitOfAnalysis()))
			.setEnrolledSubjects(counts.get(CountKeys.ENROLLED))
			.setAnalysedUnits(counts.get(CountKeys.ANALYSED))
			.setClosedUnits(counts.get(CountKeys.CLOSED))
			.setTimeToClosure(new MedianEstimate(arm.timeToClosure().days(), arm.timeToClosure().lower95(),
					arm.timeToClosure().upper95()))
			.setClosureCurve(arm.closureCurve()
				.stream()
				.map(p -> new KaplanMeierPoint((int) p.day(), p.survival(), p.atRisk(), p.events(), p.censored()))
				.toList())
			.setMeasures(arm.measures()
				.stream()
				.map(m -> new MeasureSummary(m.measure(), m.visitCode(), m.n() == null ? 0 : m.n(), m.mean(), m.sd()))
				.toList())
			.setSafety(new SafetySummary(
					IntStream.rangeClosed(1, 5)
						.mapToObj(g -> new GradeCount(g, counts.get(CountKeys.grade(g))))
						.toList(),
					counts.get(CountKeys.SERIOUS), counts.get(CountKeys.SUSARS), counts.get(CountKeys.SUBJECTS_GRADE3)))
			.setBlinded(report.blinded())
			.setCounts(counts)
			.setSuppressed(suppressed(arm))
			.setSites(pooled ? report.sites()
				.stream()
				.map(site -> new SiteSnapshot(site.siteId(), new LinkedHashMap<>(site.counts())))
				.toList() : null)
			.setWeek4AreaReductionShare(arm.week4ResponderShare())
			.setObjectiveResponseRate(arm.objectiveResponseRate())
			.setObjectiveResponseOrStableShare(arm.objectiveResponseOrStableShare())
			.setAmputationIncidence(incidence(arm.amputationIncidence()))
			.setDeathIncidence(incidence(arm.deathIncidence()))
			.build();
	}

	/** Suppressed counts by name, and suppressed measures as measure:name@visit (their n is 0 in the record). */
	private static List<String> suppressed(ArmOutcome arm) {
		List<String> names = new ArrayList<>(arm.suppressed());
		arm.measures()
			.stream()
			.filter(m -> m.suppressed())
			.forEach(m -> names.add("measure:" + m.measure() + "@" + m.visitCode()));
		return names;
	}

	private static List<CumulativeIncidencePoint> incidence(List<IncidencePoint> points) {
		return points.stream().map(p -> new CumulativeIncidencePoint((int) p.day(), p.incidence(), p.atRisk())).toList();
	}

	private static EventMetadata metadata(TrialReport report, Instant now) {
		return EventMetadata.newBuilder()
			.setEventId(UUID.randomUUID())
			.setOccurredAt(report.updatedAt() == null ? now : report.updatedAt())
			.setRecordedAt(now)
			.setSource(SOURCE)
			.setTrialId(report.trialId())
			.setSiteId("ALL")
			.setActor(new Actor(SOURCE, ActorRole.SYSTEM))
			.build();
	}

}
