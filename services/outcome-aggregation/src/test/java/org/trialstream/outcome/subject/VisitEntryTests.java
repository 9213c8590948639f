package org.trialstream.outcome.subject;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VisitEntryTests {

	static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");

	static final Instant TUESDAY = MONDAY.plusSeconds(86_400);

	@Test
	void theHigherCorrectionCountsWhicheverArrivesFirst() {
		VisitEntry recorded = version(0, 4.0, MONDAY);
		VisitEntry corrected = version(1, 0.5, MONDAY);

		Map<String, VisitEntry> correctionFirst = new HashMap<>();
		VisitEntry.collect(correctionFirst, corrected);
		VisitEntry.collect(correctionFirst, recorded);
		Map<String, VisitEntry> recordingFirst = new HashMap<>();
		VisitEntry.collect(recordingFirst, recorded);
		VisitEntry.collect(recordingFirst, corrected);

		assertThat(correctionFirst).containsExactly(Map.entry("V-1", corrected));
		assertThat(recordingFirst).containsExactly(Map.entry("V-1", corrected));
	}

	@Test
	void ofTwoVersionsWithOneNumberTheLaterEventCountsAndAnUntimedOneCountsLeast() {
		VisitEntry untimed = version(1, 2.0, null);
		VisitEntry monday = version(1, 3.0, MONDAY);
		VisitEntry tuesday = version(1, 1.0, TUESDAY);

		assertThat(tuesday.supersedes(monday)).isTrue();
		assertThat(monday.supersedes(tuesday)).isFalse();
		assertThat(monday.supersedes(untimed)).isTrue();
		assertThat(untimed.supersedes(monday)).isFalse();
		assertThat(monday.supersedes(null)).isTrue();
	}

	private static VisitEntry version(int correction, double area, Instant at) {
		return new VisitEntry("V-1", "D28", 28, false, correction,
				List.of(new LimbMeasures("LEFT", area, null, null, false, false, null, null, null, null, null)), null,
				null, null, at);
	}

}
