package org.trialstream.sitecapture.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** When every place is taken, a write is answered at once with 429, Retry-After and a problem body. */
class AdmissionFilterTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AdmissionFilter filter = new AdmissionFilter(
			new SiteCaptureProperties.Admission(1, Duration.ofMillis(20), 1, Duration.ofMillis(20), 128),
			Duration.ofSeconds(3), JSON);

	private final CountDownLatch entered = new CountDownLatch(1);

	private final CountDownLatch release = new CountDownLatch(1);

	/** A chain that holds its place until released, as a write waiting for the broker does. */
	private final FilterChain slowWrite = (request, response) -> {
		entered.countDown();
		try {
			release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		((jakarta.servlet.http.HttpServletResponse) response).setStatus(201);
	};

	private final FilterChain fastWrite = (request, response) -> ((jakarta.servlet.http.HttpServletResponse) response)
		.setStatus(201);

	@AfterEach
	void releaseHeldWrites() {
		release.countDown();
	}

	private static MockHttpServletRequest post(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setContentType("application/json");
		return request;
	}

	private MockHttpServletResponse send(MockHttpServletRequest request, FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	@Test
	void answers429WithRetryAfterAndAProblemBodyWhenEveryWritePlaceIsTaken() throws Exception {
		// Given the only write place is held by a write waiting for the broker
		CompletableFuture<MockHttpServletResponse> held = CompletableFuture
			.supplyAsync(() -> sendQuietly(post("/api/v1/trials/LEGEND-1/subjects/US-01-0001/visits"), slowWrite));
		assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

		// When another write arrives
		MockHttpServletResponse refused = send(post("/api/v1/trials/LEGEND-1/subjects/US-01-0002/visits"), fastWrite);

		// Then it is refused at once, as the API promises, and the held one completes
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("3");
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = JSON.readTree(refused.getContentAsByteArray());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("type").asString()).isEqualTo("urn:trialstream:problem:overloaded");
		assertThat(problem.get("detail").asString()).contains("nothing was written");
		release.countDown();
		assertThat(held.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
	}

	@Test
	void admitsWritesAgainOnceAPlaceIsFree() throws Exception {
		// Given a write held its place and finished
		CompletableFuture<MockHttpServletResponse> held = CompletableFuture
			.supplyAsync(() -> sendQuietly(post("/api/v1/trials/LEGEND-1/subjects/US-01-0001/visits"), slowWrite));
		assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
		release.countDown();
		held.get(5, TimeUnit.SECONDS);

		// When the next write arrives
		MockHttpServletResponse admitted = send(post("/api/v1/trials/LEGEND-1/subjects/US-01-0002/visits"), fastWrite);

		// Then
		assertThat(admitted.getStatus()).isEqualTo(201);
	}

	@Test
	void batchesHaveTheirOwnShareSoABatchDoesNotBlockSingleWrites() throws Exception {
		// Given the only batch place is held
		CompletableFuture<MockHttpServletResponse> held = CompletableFuture
			.supplyAsync(() -> sendQuietly(post("/api/v1/trials/LEGEND-1/visits:batch"), slowWrite));
		assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

		// When a second batch and a single write arrive
		MockHttpServletResponse batch = send(post("/api/v1/trials/LEGEND-1/visits:batch"), fastWrite);
		MockHttpServletResponse single = send(post("/api/v1/trials/LEGEND-1/subjects/US-01-0002/visits"), fastWrite);

		// Then the batch is refused and the single write is served
		assertThat(batch.getStatus()).isEqualTo(429);
		assertThat(batch.getHeader("Retry-After")).isEqualTo("3");
		assertThat(single.getStatus()).isEqualTo(201);
		release.countDown();
		assertThat(held.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
	}

	@Test
	void neverLimitsReads() throws Exception {
		// Given the only write place is held
		CompletableFuture.supplyAsync(
				() -> sendQuietly(post("/api/v1/trials/LEGEND-1/subjects/US-01-0001/visits"), slowWrite));
		assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

		// When
		MockHttpServletResponse read = send(new MockHttpServletRequest("GET", "/api/v1/trials/LEGEND-1/subjects/US-01-0001"),
				(request, response) -> ((jakarta.servlet.http.HttpServletResponse) response).setStatus(200));

		// Then
		assertThat(read.getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse sendQuietly(MockHttpServletRequest request, FilterChain chain) {
		try {
			return send(request, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
