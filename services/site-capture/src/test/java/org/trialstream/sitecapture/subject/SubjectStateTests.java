package org.trialstream.sitecapture.subject;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.sitecapture.model.Laterality;
import org.trialstream.sitecapture.model.Limb;
import org.trialstream.sitecapture.model.Subject;
import org.trialstream.sitecapture.model.Visit;
import org.trialstream.sitecapture.model.WindowStatus;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectStateTests {

	private static final Subject SUBJECT = new Subject("LEGEND-1", "US-01", "US-01-0001", LocalDate.of(2026, 6, 1),
			64, List.of(new Limb(Laterality.LEFT, true)), "PLACEBO", "KIT-1");

	private static RecordedVisit visit(String id) {
		return new RecordedVisit(id, 0, WindowStatus.UNSCHEDULED, 0,
				new Visit("UNSCHEDULED", LocalDate.of(2026, 6, 1), List.of(), List.of(), null, null, null, null));
	}

	@Test
	void letsTheOldestVisitGoBeyondTheLimitAndCountsIt() {
		// Given
		SubjectState state = new SubjectState(SUBJECT, 2);

		// When
		state.put(visit("v1"));
		state.put(visit("v2"));
		state.put(visit("v3"));

		// Then
		assertThat(state.visits()).extracting(RecordedVisit::visitId).containsExactly("v2", "v3");
		assertThat(state.visitsLetGo()).isEqualTo(1);
	}

	@Test
	void replacesACorrectedVisitInPlace() {
		// Given
		SubjectState state = new SubjectState(SUBJECT, 2);
		state.put(visit("v1"));
		state.put(visit("v2"));

		// When
		state.put(visit("v1").corrected(visit("v1").visit(), 3, WindowStatus.UNSCHEDULED));

		// Then
		assertThat(state.visits()).extracting(RecordedVisit::visitId).containsExactly("v1", "v2");
		assertThat(state.visit("v1").orElseThrow().corrections()).isEqualTo(1);
		assertThat(state.visitsLetGo()).isZero();
	}

}
