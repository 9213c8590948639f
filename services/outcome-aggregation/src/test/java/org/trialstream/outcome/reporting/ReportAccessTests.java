package org.trialstream.outcome.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportAccessTests {

	static final LocalDate DAY0 = LocalDate.of(2026, 1, 5);

	static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

	final TrialProtocol protocol = new TrialProtocol("T", "Test", true, UnitOfAnalysis.SUBJECT,
			List.of(new Arm("A", "Arm A", 1), new Arm("B", "Arm B", 1)),
			List.of(new Site("S1", "Site 1"), new Site("S2", "Site 2")),
			List.of(new ScheduledVisit("D0", 0, 0, 0), new ScheduledVisit("D28", 28, 3, 3)), null, null, List.of(),
			List.of(), null, 5, Duration.ofMinutes(30), false);

	@Test
	void sponsorsOpenReportIsPooledOnly() {
		// Given: 3 subjects in A, 7 in B
		TrialReport full = report(cohort(3, 7), null);

		// When
		TrialReport view = ReportAccess.view(full, Audience.SPONSOR, ReportScope.OPEN_POOLED);

		// Then
		assertThat(view.arms()).isEmpty();
		assertThat(view.pooled().count(CountKeys.ENROLLED)).isEqualTo(10);
	}

	@Test
	void sponsorIsRefusedTheClosedReportWhileBlinded() {
		TrialReport full = report(cohort(3, 7), null);

		assertThatThrownBy(() -> ReportAccess.view(full, Audience.SPONSOR, ReportScope.CLOSED_BY_ARM))
			.isInstanceOf(BlindedReportException.class);
	}

	@Test
	void dmcSeesEveryArmUnsuppressed() {
		TrialReport view = ReportAccess.view(report(cohort(3, 7), null), Audience.DMC, ReportScope.CLOSED_BY_ARM);

		assertThat(view.arms()).extracting(arm -> arm.count(CountKeys.ENROLLED)).containsExactly(3, 7);
		assertThat(view.arms()).allSatisfy(arm -> assertThat(arm.suppressed()).isEmpty());
	}

	@Test
	void afterUnblindingSponsorsSeeArmsWithComplementarySuppression() {
		// Given
		TrialReport full = report(cohort(3, 7), new Unblinding(NOW, "dmc", "final analysis"));

		// When
		TrialReport view = ReportAccess.view(full, Audience.SPONSOR, ReportScope.CLOSED_BY_ARM);

		// Then: 3 is small; 7 must go too or 10 - 7 gives it away; the pooled 10 stays
		assertThat(view.arms()).extracting(arm -> arm.count(CountKeys.ENROLLED)).containsExactly(null, null);
		assertThat(view.arms()).allSatisfy(arm -> assertThat(arm.suppressed()).contains(CountKeys.ENROLLED));
		assertThat(view.pooled().count(CountKeys.ENROLLED)).isEqualTo(10);
	}

	@Test
	void withholdsMeasuresWithFewerValuesThanTheThreshold() {
		// Given: 4 subjects with a PAR at D28, threshold 5
		TrialReport view = ReportAccess.view(report(cohort(2, 2), null), Audience.SPONSOR, ReportScope.OPEN_POOLED);

		// Then
		assertThat(view.pooled().measures()).singleElement().satisfies(m -> {
			assertThat(m.suppressed()).isTrue();
			assertThat(m.n()).isNull();
			assertThat(m.mean()).isNull();
		});
	}

	@Test
	void stopsTheSponsorsCurveWhereFewerThanTheThresholdRemainAtRisk() {
		// Given: 10 subjects, closures on days 20..29 (one each): at risk 10, 9, ..., 1
		TrialReport full = report(cohort(5, 5), null);
		assertThat(full.pooled().closureCurve()).hasSize(10);

		// When
		TrialReport view = ReportAccess.view(full, Audience.SPONSOR, ReportScope.OPEN_POOLED);

		// Then
		assertThat(view.pooled().closureCurve()).extracting(CurvePoint::atRisk).containsExactly(10, 9, 8, 7, 6, 5);
		assertThat(view.pooled().curveTruncated()).isTrue();
	}

	@Test
	void hidesSmallSitesAndTheirComplement() {
		// Given: site S2 enrols one subject
		List<SubjectSummary> subjects = new ArrayList<>(cohort(3, 7));
		subjects.set(0, subject("X-1", "S2", "A", 25));

		// When
		TrialReport view = ReportAccess.view(report(subjects, null), Audience.SPONSOR, ReportScope.OPEN_POOLED);

		// Then
		assertThat(view.sites()).allSatisfy(site -> {
			assertThat(site.counts().get(CountKeys.ENROLLED)).isNull();
			assertThat(site.suppressed()).contains(CountKeys.ENROLLED);
		});
	}

	private TrialReport report(List<SubjectSummary> subjects, Unblinding unblinding) {
		return new TrialReportBuilder(protocol).build(subjects, unblinding, NOW);
	}

	/** a subjects in arm A, b in B, all at site S1, closing on days 20, 21, ... */
	private static List<SubjectSummary> cohort(int a, int b) {
		List<SubjectSummary> subjects = new ArrayList<>();
		for (int i = 0; i < a + b; i++) {
			subjects.add(subject("S-" + i, "S1", i < a ? "A" : "B", 20 + i));
		}
		return subjects;
	}

	private static SubjectSummary subject(String id, String site, String arm, int closureDay) {
		UnitOutcome unit = new UnitOutcome(id, closureDay, closureDay + 14, false, true, 100.0, null, null,
				Map.of("percentAreaReduction", Map.of("D28", 60.0)));
		return new SubjectSummary(id, site, arm, DAY0, Map.of("D0", false, "D28", false), List.of(unit), null, Map.of(),
				0, 0, Map.of(), null, null, 0);
	}

}
