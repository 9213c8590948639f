package org.trialstream.sitecapture.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.editcheck.EditCheckException;
import org.trialstream.sitecapture.editcheck.Violation;
import org.trialstream.sitecapture.events.BrokerUnavailableException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemAdviceTests {

	private final ProblemAdvice advice = new ProblemAdvice(new SiteCaptureProperties(Duration.ofSeconds(5),
			Duration.ofSeconds(7), DataSize.ofKilobytes(256), 1000, DataSize.ofMegabytes(2), Duration.ofSeconds(10), 200, "seed",
			new SiteCaptureProperties.Topics(3, null, 1), new SiteCaptureProperties.Idempotency(Duration.ofHours(1), 10, DataSize.ofMegabytes(1)),
				new SiteCaptureProperties.Admission(8, Duration.ofMillis(10), 1, Duration.ofMillis(10), 128)));

	@Test
	void answersAnUnacknowledgedWriteWith503AndRetryAfter() {
		// When
		ResponseEntity<ProblemDetail> response = advice
			.rejected(new BrokerUnavailableException("no ack", new java.util.concurrent.TimeoutException()));

		// Then
		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
		assertThat(response.getBody().getType().toString()).isEqualTo("urn:trialstream:problem:broker-unavailable");
	}

	@Test
	void listsEveryFailedCheckWithFieldAndRule() {
		// When
		ResponseEntity<ProblemDetail> response = advice.rejected(new EditCheckException(EditCheckException.Kind.EDIT_CHECK,
				List.of(new Violation("limbs[0].perfusion.abi", "range.abi", "must be between 0 and 1.5"),
						new Violation("visitDate", "required", "is required"))));

		// Then
		assertThat(response.getStatusCode().value()).isEqualTo(422);
		assertThat(response.getBody().getProperties().get("errors")).asInstanceOf(
				org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(2);
	}

}
