package org.trialstream.adverseevent.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LabUnitsTests {

	@Test
	void convertsUnitsAsWrittenInTheProtocols() {
		assertThat(LabUnits.toCanonical(LabAnalyte.CREATININE, 1.0, "mg/dL")).hasValueCloseTo(88.42, within(1e-9));
		assertThat(LabUnits.toCanonical(LabAnalyte.HEMOGLOBIN, 9.5, "g/dL")).hasValueCloseTo(95.0, within(1e-9));
		assertThat(LabUnits.toCanonical(LabAnalyte.PLATELETS, 150, "10*9/L")).hasValueCloseTo(150.0, within(1e-9));
	}

	@Test
	void readsTheSameUnitsWrittenWithSpacesCaretsOrAMicroSign() {
		assertThat(LabUnits.toCanonical(LabAnalyte.CREATININE, 80, " µmol/L ")).hasValueCloseTo(80.0, within(1e-9));
		assertThat(LabUnits.toCanonical(LabAnalyte.PLATELETS, 150, "10^9 /L")).hasValueCloseTo(150.0, within(1e-9));
		assertThat(LabUnits.toCanonical(LabAnalyte.HEMOGLOBIN, 9.5, "g/\u00a0dL")).isEmpty();
	}

	@Test
	void doesNotGradeAUnitItDoesNotKnow() {
		assertThat(LabUnits.toCanonical(LabAnalyte.HEMOGLOBIN, 6.2, "mmol/L")).isEmpty();
		assertThat(LabUnits.limitToCanonical(LabAnalyte.HEMOGLOBIN, 120.0, "mmol/L")).isNull();
		assertThat(LabUnits.limitToCanonical(LabAnalyte.HEMOGLOBIN, null, "g/L")).isNull();
	}

}
