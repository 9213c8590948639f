package org.trialstream.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InvalidSubmissionsTests {

	@Test
	void spoilingAVisitLeavesTheValidOneAsItWas() {
		Map<String, Object> valid = Payloads.visit("D28", LocalDate.of(2026, 1, 10),
				List.of(Payloads.limb("LEFT", 2.0, false, new ClinicalModel.Perfusion(0.7, 45, 44, 30.5, 150), "NONE")),
				Map.of("HEMOGLOBIN", 125.0), Map.of("HEMOGLOBIN", "g/L"), null);
		String before = valid.toString();

		List<Object> spoiled = InvalidSubmissions.VISIT_SPOILERS.stream().map(spoiler -> spoiler.apply(valid)).toList();

		assertThat(valid.toString()).isEqualTo(before);
		assertThat(spoiled).allSatisfy(body -> assertThat(body.toString()).isNotEqualTo(before));
	}

}
