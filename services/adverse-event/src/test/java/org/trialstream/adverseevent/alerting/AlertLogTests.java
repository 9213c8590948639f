package org.trialstream.adverseevent.alerting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.trialstream.adverseevent.assessment.AlertKind;
import org.trialstream.adverseevent.assessment.AlertSeverity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AlertLogTests {

	private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

	/** The two newest changes in full, older ones compacted to each alert's latest. */
	private final AlertLog log = new AlertLog(2);

	private final AlertBook book = new AlertBook(log);

	private static Alert alert(String id, AlertSeverity severity) {
		return new Alert(id, "LEGEND-1", "US-07", "US-07-0012", null, AlertKind.SERIOUS_ADVERSE_EVENT, severity,
				"reason of " + id, 3, T0, List.of(), List.of("e-" + id), 1, null, T0, T0, null, 0);
	}

	private void raise(String id) {
		book.apply(new AlertChange.Raised(UUID.randomUUID(), T0, null, alert(id, AlertSeverity.URGENT)));
	}

	private void upgrade(String id) {
		book.apply(new AlertChange.Updated(UUID.randomUUID(), T0.plusSeconds(60), null,
				alert(id, AlertSeverity.CRITICAL)));
	}

	@Test
	void replaysEveryChangeWithinTheRecentWindow() {
		raise("a");
		upgrade("a");

		assertThat(log.since(0)).extracting(AlertLogEntry::sequence, AlertLogEntry::type)
			.containsExactly(tuple(1L, AlertLogEntry.Type.RAISED), tuple(2L, AlertLogEntry.Type.UPDATED));
	}

	@Test
	void replaysOlderHistoryAsTheLatestChangeOfEachAlertInLogOrder() {
		// Given: 1 a raised, 2 b raised, 3 a upgraded, 4 c raised, 5 d raised; only 4 and 5 are recent
		raise("a");
		raise("b");
		upgrade("a");
		raise("c");
		raise("d");

		// When a client that saw nothing reconnects, and one that saw up to 2
		List<AlertLogEntry> fromStart = log.since(0);
		List<AlertLogEntry> fromTwo = log.since(2);

		// Then: a's raise is gone (its upgrade carries the alert as it stands); nothing is missing or repeated
		assertThat(fromStart).extracting(AlertLogEntry::sequence).containsExactly(2L, 3L, 4L, 5L);
		assertThat(fromStart.get(1).alert().severity()).isEqualTo(AlertSeverity.CRITICAL);
		assertThat(fromTwo).extracting(AlertLogEntry::sequence).containsExactly(3L, 4L, 5L);
		assertThat(log.since(5)).isEmpty();
	}

	@Test
	void dropsTheCompactedEntryOfAnAlertThatChangesAgain() {
		raise("a");
		raise("b");
		raise("c");
		upgrade("a");

		assertThat(log.since(0)).extracting(entry -> entry.alert().alertId(), AlertLogEntry::sequence)
			.containsExactly(tuple("b", 2L), tuple("c", 3L), tuple("a", 4L));
	}

	@Test
	void saysUpToWhichSequenceAReplayReaches() {
		raise("a");
		raise("b");

		AlertLog.Replay replay = log.replay(1);

		assertThat(replay.entries()).extracting(AlertLogEntry::sequence).containsExactly(2L);
		assertThat(replay.upTo()).isEqualTo(2);
		assertThat(log.replay(7).entries()).isEmpty();
	}

}
