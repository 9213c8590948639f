package org.trialstream.outcome.topology;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.outcome.subject.LimbMeasures;
import org.trialstream.outcome.subject.VisitEntry;

import static org.assertj.core.api.Assertions.assertThat;

class VisitHistoriesTests {

	@Test
	void appendsNewVisitsToAHeldHistoryAndForgetsTheLeastRecentlyUsedBeyondItsBytes() {
		// Given: room for about two subjects' histories
		VisitHistories histories = new VisitHistories(3 * SubjectStateCodec.encodeVisit(visit("V-0", 0)).length);
		histories.hold("T:S-1", List.of(visit("V-1", 0)));
		histories.hold("T:S-2", List.of(visit("V-2", 0)));

		// When
		histories.append("T:S-1", visit("V-3", 28));
		histories.append("T:S-9", visit("V-9", 28));
		histories.hold("T:S-3", List.of(visit("V-4", 0)));

		// Then: S-1 grew, S-9 was never held, S-2 (least recently used) made room for S-3
		assertThat(histories.visits("T:S-1")).containsOnlyKeys("V-1", "V-3");
		assertThat(histories.visits("T:S-1").get("V-3")).isEqualTo(visit("V-3", 28));
		assertThat(histories.holds("T:S-9")).isFalse();
		assertThat(histories.holds("T:S-2")).isFalse();
		assertThat(histories.visits("T:S-3")).containsOnlyKeys("V-4");
	}

	@Test
	void forgetsTheSubjectsOfOneTaskAndKeepsTheOthers() {
		// Given: one bound shared by two tasks' subjects
		VisitHistories histories = new VisitHistories(1 << 20);
		histories.hold("0_1/T:S-1", List.of(visit("V-1", 0)));
		histories.hold("0_2/T:S-2", List.of(visit("V-2", 0)));

		// When: task 0_1 is re-initialised
		histories.forgetAll(key -> key.startsWith("0_1/"));

		// Then
		assertThat(histories.holds("0_1/T:S-1")).isFalse();
		assertThat(histories.visits("0_2/T:S-2")).containsOnlyKeys("V-2");
	}

	private static VisitEntry visit(String id, int day) {
		return new VisitEntry(id, "D" + day, day, false, 0,
				List.of(new LimbMeasures("LEFT", 4.0 - day / 28.0, null, null, false, false, 0.7, null, 40.0, null,
						null)),
				null, null, null, null);
	}

}
