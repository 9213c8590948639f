package org.trialstream.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PayloadsTests {

	@Test
	void screeningLabsAreDatedTwoDaysBeforeEnrolmentInsideTheExosomeTrialsSevenDayWindow() {
		// Given an enrolment on 22 November with two inclusion labs
		Map<String, Object> body = Payloads.enrolment(LocalDate.of(2026, 11, 22), 60, 2.5, List.of("LEFT"),
				Map.of("PLATELETS", 210.0, "INR", 1.1), Map.of("PLATELETS", "10*9/L", "INR", "{INR}"));

		// Then each lab says when it was collected: 20 November, 08:00 UTC
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> labs = (List<Map<String, Object>>) body.get("screeningLabs");
		assertThat(labs).hasSize(2)
			.allSatisfy(lab -> assertThat(Instant.parse((String) lab.get("collectedAt")))
				.isEqualTo(Instant.parse("2026-11-20T08:00:00Z")));
	}

}
