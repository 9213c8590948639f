package org.trialstream.sitecapture.idempotency;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.sitecapture.idempotency.IdempotencyStore.Claim;
import org.trialstream.sitecapture.idempotency.IdempotencyStore.StoredResponse;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyStoreTests {

	private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

	private static final StoredResponse CREATED = new StoredResponse(201, "application/json", "/x",
			"{\"visitId\":\"v1\"}".getBytes(StandardCharsets.UTF_8));

	private final IdempotencyStore store = new IdempotencyStore(Duration.ofHours(24), 100, 1_000_000);

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
		IdempotencyStore small = new IdempotencyStore(Duration.ofMinutes(1), 2, 1_000_000);
		small.claim("a", "fp", NOW);
		small.complete("a", CREATED);
		small.claim("b", "fp", NOW);
		small.claim("c", "fp", NOW);

		assertThat(small.claim("a", "other", NOW)).as("evicted as the oldest").isInstanceOf(Claim.Granted.class);
		assertThat(small.claim("c", "other", NOW.plus(Duration.ofMinutes(2)))).as("expired")
			.isInstanceOf(Claim.Granted.class);
	}


	@Test
	void forgetsTheOldestRepliesBeyondTheMemoryLimitWhateverTheirNumber() {
		// Given a store of 1,000 entries but room for about three 10 KB replies
		IdempotencyStore small = new IdempotencyStore(Duration.ofHours(24), 1000, 35_000);
		byte[] incompressible = new byte[10_000];
		new java.util.Random(7).nextBytes(incompressible);
		StoredResponse large = new StoredResponse(200, "application/json", null, incompressible);

		// When five large replies are kept
		for (String key : List.of("a", "b", "c", "d", "e")) {
			small.claim(key, "fp", NOW);
			small.complete(key, large);
		}

		// Then the oldest were forgotten, the newest are replayed, and the estimate stays under the limit
		assertThat(small.claim("a", "other", NOW)).as("forgotten").isInstanceOf(Claim.Granted.class);
		assertThat(small.claim("e", "fp", NOW)).isEqualTo(new Claim.Replay(large));
		assertThat(small.bytes()).isLessThanOrEqualTo(35_000);
	}


	@Test
	void replaysALargeReplyByteForByteWhileKeepingItDeflated() {
		// Given a batch-sized reply of repetitive JSON
		String items = "{\"index\":0,\"subjectId\":\"US-01-0001\",\"status\":201},".repeat(2000);
		StoredResponse batchReply = new StoredResponse(200, "application/json", null,
				("{\"items\":[" + items + "{}]}").getBytes(StandardCharsets.UTF_8));
		store.claim("site-us01\nbatch", "fp", NOW);

		// When
		store.complete("site-us01\nbatch", batchReply);

		// Then
		assertThat(store.claim("site-us01\nbatch", "fp", NOW)).isEqualTo(new Claim.Replay(batchReply));
		assertThat(store.bytes()).isLessThan(batchReply.body().length / 4);
	}

}
