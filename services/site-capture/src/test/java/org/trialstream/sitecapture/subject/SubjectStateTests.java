package org.trialstream.sitecapture.subject;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.sitecapture.model.Laterality;
import org.trialstream.sitecapture.model.Limb;
import org.trialstream.sitecapture.model.Subject;
import org.trialstream.avro.Topics;
import org.trialstream.sitecapture.events.StoredAt;
import org.trialstream.sitecapture.model.WindowStatus;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectStateTests {

	private static final Subject SUBJECT = new Subject("LEGEND-1", "US-01", "US-01-0001", LocalDate.of(2026, 6, 1),
			64, List.of(new Limb(Laterality.LEFT, true)), "PLACEBO", "KIT-1");

	private static final String V1 = "00000000-0000-4000-8000-000000000001";

	private static final String V2 = "00000000-0000-4000-8000-000000000002";

	private static final String V3 = "00000000-0000-4000-8000-000000000003";

	private static HeldVisit visit(String id, long offset) {
		return HeldVisit.recorded(id, 0, WindowStatus.UNSCHEDULED, new StoredAt(Topics.VISIT_RECORDED, 1, offset));
	}

	@Test
	void letsTheOldestVisitGoBeyondTheLimitAndCountsIt() {
		// Given
		SubjectState state = new SubjectState(SUBJECT, 2);

		// When
		state.put(visit(V1, 10));
		state.put(visit(V2, 11));
		state.put(visit(V3, 12));

		// Then
		assertThat(state.visits()).extracting(held -> held.key().toString()).containsExactly(V2, V3);
		assertThat(state.visit(V1)).isEmpty();
		assertThat(state.visitsLetGo()).isEqualTo(1);
	}

	@Test
	void replacesACorrectedVisitInPlace() {
		// Given
		SubjectState state = new SubjectState(SUBJECT, 2);
		state.put(visit(V1, 10));
		state.put(visit(V2, 11));
		StoredAt correctedAt = new StoredAt(Topics.VISIT_CORRECTED, 2, 7);

		// When
		state.put(visit(V1, 10).corrected(1, 3, WindowStatus.LATE, correctedAt));

		// Then
		assertThat(state.visits()).extracting(held -> held.key().toString()).containsExactly(V1, V2);
		HeldVisit corrected = state.visit(V1).orElseThrow();
		assertThat(corrected.corrections()).isEqualTo(1);
		assertThat(corrected.studyDay()).isEqualTo(3);
		assertThat(corrected.windowStatus()).isEqualTo(WindowStatus.LATE);
		assertThat(corrected.storedAt()).isEqualTo(correctedAt);
		assertThat(state.visitsLetGo()).isZero();
	}

	@Test
	void holdsTheNewestVisitsOfAHistoryLongerThanTheLimit() {
		// Given
		SubjectState state = new SubjectState(SUBJECT, 200);
		List<String> ids = new java.util.ArrayList<>();

		// When
		for (int i = 0; i < 450; i++) {
			String id = java.util.UUID.randomUUID().toString();
			ids.add(id);
			state.put(visit(id, i));
		}

		// Then
		assertThat(state.visits()).hasSize(200);
		assertThat(state.visitsLetGo()).isEqualTo(250);
		assertThat(state.visit(ids.get(249))).isEmpty();
		assertThat(state.visit(ids.get(250)).orElseThrow().storedAt().offset()).isEqualTo(250);
		assertThat(state.visits().getLast().key().toString()).isEqualTo(ids.getLast());
	}

	@Test
	void holdsAVisitIdThatIsNotACanonicalUuidUnderItsOwnName() {
		// Given
		SubjectState state = new SubjectState(SUBJECT, 2);

		// When
		state.put(visit("legacy-visit-7", 10));

		// Then
		assertThat(state.visit("legacy-visit-7")).isPresent();
		assertThat(state.visit("legacy-visit-8")).isEmpty();
	}

	@Test
	void packsEveryVisitPositionAndReadsItBack() {
		StoredAt recorded = new StoredAt(Topics.VISIT_RECORDED, 65_535, (1L << 47) - 1);
		StoredAt corrected = new StoredAt(Topics.VISIT_CORRECTED, 0, 0);

		assertThat(StoredAt.unpack(recorded.packed())).isEqualTo(recorded);
		assertThat(StoredAt.unpack(corrected.packed())).isEqualTo(corrected);
	}

}
