package org.trialstream.outcome.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.outcome.subject.UnitOutcome;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocol.Arm;
import org.trialstream.protocol.TrialProtocol.ScheduledVisit;
import org.trialstream.protocol.TrialProtocol.Site;
import org.trialstream.protocol.TrialProtocol.UnitOfAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrialReportBuilderTests {

	static final LocalDate DAY0 = LocalDate.of(2026, 1, 1);

	final TrialProtocol protocol = new TrialProtocol("T", "Test", false, UnitOfAnalysis.SUBJECT,
			List.of(new Arm("A", "Arm A", 1), new Arm("B", "Arm B", 1)), List.of(new Site("S1", "Site 1")),
			List.of(new ScheduledVisit("D0", 0, 0, 0), new ScheduledVisit("D28", 28, 3, 3),
					new ScheduledVisit("D84", 84, 3, 3)),
			null, null, List.of(), List.of(), null, 5, Duration.ofMinutes(30), false);

	@Test
	void countsVisitsDueDoneOutOfWindowAndMissedAsOfTheLatestEvent() {
		// Given: as of day 60: D0 and D28 due; D84 not yet; D28 done late by one subject, missed by the other
		SubjectSummary late = subject("S-1", "A", Map.of("D0", false, "D28", true), List.of());
		SubjectSummary missing = subject("S-2", "B", Map.of("D0", false), List.of());

		// When
		TrialReport report = new TrialReportBuilder(protocol).build(List.of(late, missing), null, day(60));

		// Then
		ArmOutcome pooled = report.pooled();
		assertThat(pooled.count(CountKeys.VISITS_DUE)).isEqualTo(4);
		assertThat(pooled.count(CountKeys.VISITS_DONE)).isEqualTo(3);
		assertThat(pooled.count(CountKeys.VISITS_OUT_OF_WINDOW)).isEqualTo(1);
		assertThat(pooled.count(CountKeys.VISITS_MISSED)).isEqualTo(1);
		assertThat(report.sites()).singleElement()
			.satisfies(site -> assertThat(site.counts().get(CountKeys.ENROLLED)).isEqualTo(2));
	}

	@Test
	void countsVisitsMissedAsOfTheDataCutOffNotTheWallClock() {
		// Given: data entered long after the fact; the latest assessment is on day 30, though the report runs later
		SubjectSummary assessed = subject("S-1", "A", Map.of("D0", false, "D28", false), List.of(unit("S-1", null, 30)));

		// When: built a year after day 0
		TrialReport report = new TrialReportBuilder(protocol).build(List.of(assessed), null, day(365));

		// Then: D84 is not due yet as of the cut-off (day 30), so nothing is missed
		assertThat(report.pooled().count(CountKeys.VISITS_DUE)).isEqualTo(2);
		assertThat(report.pooled().count(CountKeys.VISITS_MISSED)).isZero();
	}

	@Test
	void estimatesTimeToClosurePerArmAndPooled() {
		// Given: arm A closes on days 28 and 42; arm B one closure at 84, one censored at 56
		List<SubjectSummary> subjects = List.of(subject("S-1", "A", Map.of(), List.of(unit("S-1", 28, 42))),
				subject("S-2", "A", Map.of(), List.of(unit("S-2", 42, 56))),
				subject("S-3", "B", Map.of(), List.of(unit("S-3", 84, 98))),
				subject("S-4", "B", Map.of(), List.of(unit("S-4", null, 56))));

		// When
		TrialReport report = new TrialReportBuilder(protocol).build(subjects, null, day(120));

		// Then: A: S = 0.5 at 28 -> midpoint (28 + 42) / 2; B: S(84) = 0 after the censoring at 56
		assertThat(arm(report, "A").timeToClosure().days()).isEqualTo(35.0);
		assertThat(arm(report, "B").timeToClosure().days()).isEqualTo(84.0);
		assertThat(report.pooled().count(CountKeys.CLOSED)).isEqualTo(3);
		assertThat(report.pooled().closureCurve()).extracting(CurvePoint::survival)
			.containsExactly(0.75, 0.5, 0.5, 0.0);
	}

	@Test
	void summarisesChangeFromBaselinePerVisit() {
		UnitOutcome first = new UnitOutcome("S-1", null, 28, false, null, null, null, null,
				Map.of("abi", Map.of("D28", 0.10)));
		UnitOutcome second = new UnitOutcome("S-2", null, 28, false, null, null, null, null,
				Map.of("abi", Map.of("D28", 0.30)));

		TrialReport report = new TrialReportBuilder(protocol).build(
				List.of(subject("S-1", "A", Map.of(), List.of(first)), subject("S-2", "B", Map.of(), List.of(second))),
				null, day(30));

		assertThat(report.pooled().measures()).singleElement().satisfies(m -> {
			assertThat(m.n()).isEqualTo(2);
			assertThat(m.mean()).isCloseTo(0.20, within(1e-12));
			assertThat(m.sd()).isCloseTo(Math.sqrt(0.02), within(1e-12));
		});
	}

	private static ArmOutcome arm(TrialReport report, String code) {
		return report.arms().stream().filter(a -> code.equals(a.armCode())).findFirst().orElseThrow();
	}

	private static UnitOutcome unit(String id, Integer closureDay, int followUpDay) {
		return new UnitOutcome(id, closureDay, followUpDay, false, null, null, null, null, Map.of());
	}

	private static SubjectSummary subject(String id, String arm, Map<String, Boolean> visits, List<UnitOutcome> units) {
		return new SubjectSummary(id, "S1", arm, DAY0, visits, units, null, Map.of(), 0, 0, Map.of(), null, null, 0);
	}

	private static Instant day(int studyDay) {
		return DAY0.plusDays(studyDay).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
	}

}
