package org.trialstream.outcome.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.outcome.subject.UnitOutcome;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocol.Arm;
import org.trialstream.protocol.TrialProtocol.ScheduledVisit;
import org.trialstream.protocol.TrialProtocol.Site;
import org.trialstream.protocol.TrialProtocol.UnitOfAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class TrialTallyTests {

	static final LocalDate DAY0 = LocalDate.of(2026, 1, 1);

	static final Instant NOW = DAY0.plusDays(400).atStartOfDay(ZoneOffset.UTC).toInstant();

	final TrialProtocol protocol = new TrialProtocol("T", "Test", true, UnitOfAnalysis.SUBJECT,
			List.of(new Arm("A", "Arm A", 1), new Arm("B", "Arm B", 1)),
			List.of(new Site("S1", "Site 1"), new Site("S2", "Site 2")),
			List.of(new ScheduledVisit("D0", 0, 0, 0), new ScheduledVisit("D28", 28, 3, 3),
					new ScheduledVisit("D84", 84, 3, 3)),
			null, null, List.of(), List.of(), new TrialProtocol.ResponseMapping(30, 20), 5, Duration.ofMinutes(30),
			true);

	@Test
	void aTrialUpdatedSummaryBySummaryReportsExactlyWhatItsFinalSummariesGiveAtOnce() {
		// Given: 60 subjects whose summaries change 400 times (closures appear and are corrected away, visits and
		// changes from baseline come and go, one subject even moves site), in a fixed pseudo-random order
		Random random = new Random(42);
		Map<String, SubjectSummary> current = new LinkedHashMap<>();
		TrialTally tally = new TrialTally(protocol);

		// When
		for (int i = 0; i < 400; i++) {
			String id = "S-" + random.nextInt(60);
			SubjectSummary next = summary(id, random);
			tally.replace(current.get(id), next);
			current.put(id, next);
		}

		// Then: the same report, to the last bit of every mean and SD, as summing the final summaries afresh
		TrialReport expected = new TrialReportBuilder(protocol).build(new ArrayList<>(current.values()), null, NOW);
		assertThat(tally.report(null, NOW)).isEqualTo(expected);
		assertThat(expected.pooled().count(CountKeys.ENROLLED)).isEqualTo(current.size());
		assertThat(expected.pooled().measures()).isNotEmpty();
		assertThat(expected.pooled().closureCurve()).isNotEmpty();
	}

	@Test
	void takingEverySubjectOutLeavesTheReportOfAnEmptyTrial() {
		// Given
		Random random = new Random(7);
		TrialTally tally = new TrialTally(protocol);
		List<SubjectSummary> added = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			SubjectSummary summary = summary("S-" + i, random);
			tally.replace(null, summary);
			added.add(summary);
		}

		// When
		added.forEach(summary -> tally.replace(summary, null));

		// Then
		assertThat(tally.subjects()).isZero();
		assertThat(tally.report(null, NOW)).isEqualTo(new TrialReportBuilder(protocol).build(List.of(), null, NOW));
	}

	private static SubjectSummary summary(String id, Random random) {
		int followUp = 28 * (1 + random.nextInt(12));
		Integer closure = random.nextInt(3) == 0 ? followUp - 14 : null;
		Map<String, Double> abi = new LinkedHashMap<>();
		if (followUp >= 28) {
			abi.put("D28", random.nextInt(100) / 1000.0 + 0.1 / 3);
		}
		if (followUp >= 84 && random.nextBoolean()) {
			abi.put("D84", -random.nextInt(50) / 7.0);
		}
		String response = List.of("COMPLETE_RESPONSE", "PARTIAL_RESPONSE", "STABLE_DISEASE", "PROGRESSIVE_DISEASE")
			.get(random.nextInt(4));
		UnitOutcome unit = new UnitOutcome(id, closure, followUp, closure == null && random.nextInt(5) == 0,
				random.nextBoolean() ? null : random.nextBoolean(), random.nextDouble() * 100, response,
				random.nextInt(10) == 0 ? followUp : null, Map.of("abi", abi, "percentAreaReduction",
						Map.of("D28", random.nextInt(100) * 1.0)));
		Map<String, Boolean> visits = new LinkedHashMap<>();
		visits.put("D0", false);
		if (random.nextBoolean()) {
			visits.put("D28", random.nextInt(4) == 0);
		}
		return new SubjectSummary(id, random.nextInt(8) == 0 ? "S9" : "S" + (1 + random.nextInt(2)),
				random.nextBoolean() ? "A" : "B", DAY0.plusDays(random.nextInt(30)), visits, List.of(unit),
				random.nextInt(15) == 0 ? followUp + 3 : null, Map.of(1 + random.nextInt(5), 1 + random.nextInt(2)),
				random.nextInt(2), random.nextInt(2), Map.of("D84", random.nextGaussian()),
				random.nextBoolean() ? 6.5 + random.nextInt(3) : null, random.nextBoolean() ? null : random.nextBoolean(),
				random.nextInt(3));
	}

}
