package org.trialstream.outcome.subject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.outcome.statistics.WoundClosureRule;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocol.Arm;
import org.trialstream.protocol.TrialProtocol.ResponseMapping;
import org.trialstream.protocol.TrialProtocol.ScheduledVisit;
import org.trialstream.protocol.TrialProtocol.Site;
import org.trialstream.protocol.TrialProtocol.UnitOfAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SubjectOutcomesTests {

	static final LocalDate DAY0 = LocalDate.of(2026, 3, 2);

	static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

	@Test
	void hasNoSummaryBeforeTheEnrolmentArrives() {
		// Given: a visit arrived first
		SubjectState state = SubjectState.empty("T", "S-1").withVisit(visit("V0", "D0", 0, wound("LEFT", 3.0)), AT);

		// When / Then
		assertThat(outcomes(protocol(UnitOfAnalysis.SUBJECT, null, false)).summarise(state)).isEmpty();
	}

	@Test
	void analysesTheStudyLimbOnlyInASubjectLevelTrial() {
		// Given: the index ulcer is on the right; the left limb also has a wound
		SubjectState state = enrolled(List.of("LEFT", "RIGHT"), "RIGHT")
			.withVisit(visit("V0", "D0", 0, wound("LEFT", 9.0), wound("RIGHT", 4.0)), AT)
			.withVisit(visit("V28", "D28", 28, wound("LEFT", 9.0), wound("RIGHT", 1.0)), AT);

		// When
		SubjectSummary summary = outcomes(protocol(UnitOfAnalysis.SUBJECT, null, false)).summarise(state).orElseThrow();

		// Then
		assertThat(summary.units()).singleElement().satisfies(unit -> {
			assertThat(unit.unitId()).isEqualTo("S-1");
			assertThat(unit.latestAreaReduction()).isCloseTo(75.0, within(1e-9));
			assertThat(unit.weekFourResponder()).isTrue();
			assertThat(unit.changes().get("percentAreaReduction")).containsEntry("D28", 75.0);
		});
	}

	@Test
	void analysesEachLimbInALimbLevelTrial() {
		SubjectState state = enrolled(List.of("LEFT", "RIGHT"), null)
			.withVisit(visit("V0", "D0", 0, wound("LEFT", 2.0), wound("RIGHT", 3.0)), AT);

		SubjectSummary summary = outcomes(protocol(UnitOfAnalysis.LIMB, null, false)).summarise(state).orElseThrow();

		assertThat(summary.units()).extracting(UnitOutcome::unitId).containsExactly("S-1/LEFT", "S-1/RIGHT");
	}

	@Test
	void datesDeathFromAFatalAdverseEventAsStudyDays() {
		// Given
		SubjectState state = enrolled(List.of("LEFT"), "LEFT").withAdverseEvent("AE-1",
				new AdverseEventEntry(0, 5, true, true, DAY0.plusDays(40), DAY0.plusDays(45)), AT);

		// When
		SubjectSummary summary = outcomes(protocol(UnitOfAnalysis.SUBJECT, null, false)).summarise(state).orElseThrow();

		// Then
		assertThat(summary.deathDay()).isEqualTo(45);
		assertThat(summary.adverseEventsByGrade()).containsEntry(5, 1);
		assertThat(summary.seriousEvents()).isEqualTo(1);
		assertThat(summary.anyGradeThreeOrWorse()).isTrue();
	}

	@Test
	void keepsTheLatestFollowUpOfAnAdverseEvent() {
		SubjectState state = enrolled(List.of("LEFT"), "LEFT")
			.withAdverseEvent("AE-1", new AdverseEventEntry(2, 2, false, false, DAY0, null), AT)
			.withAdverseEvent("AE-1", new AdverseEventEntry(1, 4, true, false, DAY0, null), AT);

		SubjectSummary summary = outcomes(protocol(UnitOfAnalysis.SUBJECT, null, false)).summarise(state).orElseThrow();

		assertThat(summary.adverseEventsByGrade()).containsExactlyEntriesOf(java.util.Map.of(2, 1));
	}

	@Test
	void mapsTheWoundResponseWhereTheProtocolDefinesIt() {
		// Given: area up from 2.0 to 2.6 (+30 %)
		SubjectState state = enrolled(List.of("LEFT"), "LEFT").withVisit(visit("V0", "D0", 0, wound("LEFT", 2.0)), AT)
			.withVisit(visit("V30", "D28", 30, wound("LEFT", 2.6)), AT);

		// When
		SubjectSummary summary = outcomes(protocol(UnitOfAnalysis.SUBJECT, new ResponseMapping(50, 25), false))
			.summarise(state)
			.orElseThrow();

		// Then
		assertThat(summary.units().getFirst().response()).isEqualTo("PROGRESSIVE_DISEASE");
	}

	@Test
	void judgesTheWindowByTheCorrectedStudyDay() {
		// Given: D28 (window 25-31) recorded on day 33
		SubjectState state = enrolled(List.of("LEFT"), "LEFT").withVisit(visit("V28", "D28", 33, wound("LEFT", 2.0)), AT);

		// When
		SubjectSummary summary = outcomes(protocol(UnitOfAnalysis.SUBJECT, null, false)).summarise(state).orElseThrow();

		// Then
		assertThat(summary.visitsDone()).containsEntry("D28", true);
	}

	@Test
	void followsHbA1cFromBaselineAndInsulinIndependence() {
		// Given
		SubjectState state = enrolled(List.of("LEFT"), "LEFT")
			.withVisit(new VisitEntry("V28", "D28", 28, false, 0, List.of(), 7.4, 12.0, 1, AT), AT)
			.withVisit(new VisitEntry("V84", "D84", 84, false, 0, List.of(), 6.6, 0.0, 0, AT), AT);

		// When
		SubjectSummary summary = outcomes(protocol(UnitOfAnalysis.SUBJECT, null, true)).summarise(state).orElseThrow();

		// Then: baseline 8.0 from the enrolment labs
		assertThat(summary.hba1cChange().get("D84")).isCloseTo(-1.4, within(1e-9));
		assertThat(summary.latestHba1cPercent()).isEqualTo(6.6);
		assertThat(summary.insulinIndependent()).isTrue();
		assertThat(summary.severeHypoglycaemiaEvents()).isEqualTo(1);
	}

	@Test
	void ignoresAnOlderCorrectionThanTheOneApplied() {
		SubjectState corrected = enrolled(List.of("LEFT"), "LEFT")
			.withVisit(new VisitEntry("V28", "D28", 28, false, 2, List.of(wound("LEFT", 1.0)), null, null, null, AT), AT);

		SubjectState after = corrected
			.withVisit(new VisitEntry("V28", "D28", 28, false, 1, List.of(wound("LEFT", 5.0)), null, null, null, AT), AT);

		assertThat(after).isEqualTo(corrected);
	}

	private static SubjectOutcomes outcomes(TrialProtocol protocol) {
		return new SubjectOutcomes(protocol, WoundClosureRule.TWO_WEEKS);
	}

	private static SubjectState enrolled(List<String> limbs, String studyLimb) {
		return SubjectState.empty("T", "S-1")
			.withEnrolment(new Enrolment("US-01", "A", DAY0, limbs, studyLimb, 8.0), AT);
	}

	private static VisitEntry visit(String id, String code, int day, LimbMeasures... limbs) {
		return new VisitEntry(id, code, day, false, 0, List.of(limbs), null, null, null, AT);
	}

	private static LimbMeasures wound(String laterality, double area) {
		return new LimbMeasures(laterality, area, area == 0.0 ? 100 : 30, false, area == 0.0, false, null, null, null,
				null, null);
	}

	static TrialProtocol protocol(UnitOfAnalysis unit, ResponseMapping mapping, boolean diabetes) {
		return new TrialProtocol("T", "Test", true, unit, List.of(new Arm("A", "A", 1), new Arm("B", "B", 1)),
				List.of(new Site("US-01", "Site")),
				List.of(new ScheduledVisit("D0", 0, 0, 0), new ScheduledVisit("D28", 28, 3, 3),
						new ScheduledVisit("D84", 84, 3, 3)),
				null, null, List.of(), List.of(), mapping, 5, Duration.ofMinutes(30), diabetes);
	}

}
