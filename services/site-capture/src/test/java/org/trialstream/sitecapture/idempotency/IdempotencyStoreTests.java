package org.trialstream.sitecapture.idempotency;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.trialstream.sitecapture.idempotency.IdempotencyStore.Claim;
import org.trialstream.sitecapture.idempotency.IdempotencyStore.StoredResponse;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyStoreTests {

	private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

	private static final StoredResponse CREATED = new StoredResponse(201, "application/json", "/x",
			"{\"visitId\":\"v1\"}".getBytes(StandardCharsets.UTF_8));

	private final IdempotencyStore store = new IdempotencyStore(Duration.ofHours(24), 100);

	@Test
	void replaysTheFirstResponseToTheSameRequest() {
		assertThat(store.claim("site-us01\nk1", "fp", NOW)).isInstanceOf(Claim.Granted.class);
		store.complete("site-us01\nk1", CREATED);

		assertThat(store.claim("site-us01\nk1", "fp", NOW.plusSeconds(5))).isEqualTo(new Claim.Replay(CREATED));
	}

	@Test
	void refusesTheSameKeyForAnotherRequest() {
		store.claim("site-us01\nk1", "fp", NOW);
		store.complete("site-us01\nk1", CREATED);

		assertThat(store.claim("site-us01\nk1", "other", NOW)).isInstanceOf(Claim.Mismatch.class);
	}

	@Test
	void tellsARepeatWhileTheFirstIsStillRunning() {
		store.claim("site-us01\nk1", "fp", NOW);

		assertThat(store.claim("site-us01\nk1", "fp", NOW)).isInstanceOf(Claim.InProgress.class);
	}

	@Test
	void letsARetryRunAgainAfterAResponseThatWasNotFinal() {
		store.claim("site-us01\nk1", "fp", NOW);
		store.release("site-us01\nk1");

		assertThat(store.claim("site-us01\nk1", "fp", NOW)).isInstanceOf(Claim.Granted.class);
	}

	@Test
	void forgetsKeysAfterTheRetentionAndBeyondTheLimit() {
		IdempotencyStore small = new IdempotencyStore(Duration.ofMinutes(1), 2);
		small.claim("a", "fp", NOW);
		small.complete("a", CREATED);
		small.claim("b", "fp", NOW);
		small.claim("c", "fp", NOW);

		assertThat(small.claim("a", "other", NOW)).as("evicted as the oldest").isInstanceOf(Claim.Granted.class);
		assertThat(small.claim("c", "other", NOW.plus(Duration.ofMinutes(2)))).as("expired")
			.isInstanceOf(Claim.Granted.class);
	}

}
