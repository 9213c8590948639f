package org.trialstream.sitecapture.visit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.sitecapture.model.ClosureStatus;
import org.trialstream.sitecapture.model.FieldChange;
import org.trialstream.sitecapture.model.Lab;
import org.trialstream.sitecapture.model.LabAnalyte;
import org.trialstream.sitecapture.model.Laterality;
import org.trialstream.sitecapture.model.LimbAssessment;
import org.trialstream.sitecapture.model.Perfusion;
import org.trialstream.sitecapture.model.Visit;
import org.trialstream.sitecapture.model.Wound;

import static org.assertj.core.api.Assertions.assertThat;

class VisitChangesTests {

	private static final LimbAssessment LEFT = new LimbAssessment(Laterality.LEFT,
			new Wound(2.4, null, 2, ClosureStatus.OPEN, null, null), new Perfusion(0.6, null, null, null, null), null);

	private static final LimbAssessment RIGHT = new LimbAssessment(Laterality.RIGHT, null,
			new Perfusion(0.9, null, null, null, null), null);

	private static Visit visit(List<LimbAssessment> limbs, List<Lab> labs) {
		return new Visit("M1", LocalDate.of(2026, 7, 1), limbs, labs, null, null, null, null);
	}

	@Test
	void listsAChangedValueWithItsPreviousAndNewValue() {
		Visit before = visit(List.of(LEFT, RIGHT), List.of());
		Visit after = visit(List.of(new LimbAssessment(Laterality.LEFT,
				new Wound(2.1, null, 2, ClosureStatus.OPEN, null, null), LEFT.perfusion(), null), RIGHT), List.of());

		assertThat(VisitChanges.between(before, after))
			.containsExactly(new FieldChange("limbs[LEFT].wound.areaCm2", "2.4", "2.1"));
	}

	@Test
	void doesNotCountReorderedLimbsAsAChange() {
		assertThat(VisitChanges.between(visit(List.of(LEFT, RIGHT), List.of()), visit(List.of(RIGHT, LEFT), List.of())))
			.isEmpty();
	}

	@Test
	void listsAnAddedLabWithoutPreviousValue() {
		Visit before = visit(List.of(LEFT), List.of());
		Visit after = visit(List.of(LEFT), List.of(new Lab(LabAnalyte.HEMOGLOBIN, null, 118.0, "g/L", null, null, null)));

		assertThat(VisitChanges.between(before, after)).containsExactly(
				new FieldChange("labs[HEMOGLOBIN].analyte", null, "HEMOGLOBIN"),
				new FieldChange("labs[HEMOGLOBIN].value", null, "118.0"),
				new FieldChange("labs[HEMOGLOBIN].unit", null, "g/L"));
	}

}
