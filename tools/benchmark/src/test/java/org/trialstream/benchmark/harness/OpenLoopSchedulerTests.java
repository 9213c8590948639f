package org.trialstream.benchmark.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class OpenLoopSchedulerTests {

	private final ManualClock clock = new ManualClock();

	private final OpenLoopScheduler scheduler = new OpenLoopScheduler(clock);

	@Test
	void recordsEveryOperationScheduledDuringAStallWithTheTimeItWaited() {
		// Given 1,000 operations/s for 1 s, where operation 100 holds the sender for 100 ms
		LoadPlan plan = LoadPlan.of(1_000, Duration.ofSeconds(1));

		// When it runs open loop
		LoadResult result = scheduler.run(plan, (sequence, intended) -> {
			if (sequence == 100) {
				clock.advanceMillis(100);
			}
			return CompletableFuture.completedFuture(true);
		});

		// Then the 99 operations due during the stall count too, each from its intended start (99 ms ... 1 ms),
		// instead of the single slow sample a closed-loop client would record
		assertThat(result.succeeded()).isEqualTo(1_000);
		assertThat(result.latency().count()).isEqualTo(1_000);
		assertThat(result.latency().maxMs()).isCloseTo(100, within(0.5));
		assertThat(result.latency().p99Ms()).isCloseTo(90, within(1.5));
		assertThat(result.latency().p95Ms()).isCloseTo(50, within(1.5));
		assertThat(result.latency().p50Ms()).isLessThan(0.01);
	}

	@Test
	void measuresFromTheIntendedStartNotFromTheLateSend() {
		// Given a sender that falls 30 ms behind schedule before the first operation completes
		LoadPlan plan = new LoadPlan(100, Duration.ofMillis(50), 5, Duration.ofSeconds(1), 100);

		// When each operation itself takes no time once sent
		LoadResult result = scheduler.run(plan, (sequence, intended) -> {
			if (sequence == 0) {
				clock.advanceMillis(30);
			}
			return CompletableFuture.completedFuture(true);
		});

		// Then the operations due at 0, 10 and 20 ms, all sent at 30 ms, show 30, 20 and 10 ms
		assertThat(result.sent()).isEqualTo(5);
		assertThat(result.latency().maxMs()).isCloseTo(30, within(0.1));
		assertThat(result.latency().meanMs()).isCloseTo((30 + 20 + 10) / 5.0, within(0.1));
	}

	@Test
	void stopsAtTheDurationOrTheCountWhicheverComesFirst() {
		// Given plans bounded by time and by count
		LoadPlan byTime = new LoadPlan(100, Duration.ofSeconds(1), 10_000, Duration.ofSeconds(1), 100);
		LoadPlan byCount = new LoadPlan(1_000, Duration.ofSeconds(10), 25, Duration.ofSeconds(1), 100);

		// When they run
		LoadResult timed = scheduler.run(byTime, (sequence, intended) -> CompletableFuture.completedFuture(true));
		LoadResult counted = scheduler.run(byCount, (sequence, intended) -> CompletableFuture.completedFuture(true));

		// Then each stops at its first bound
		assertThat(timed.sent()).isEqualTo(100);
		assertThat(counted.sent()).isEqualTo(25);
	}

	@Test
	void sendsNothingBeyondTheInFlightLimitAndCountsWhatItHeldBackAsFailed() {
		// Given a platform that never answers and a limit of 5 operations in flight
		LoadPlan plan = new LoadPlan(1_000, Duration.ofMillis(20), 20, Duration.ofMillis(100), 5);
		int[] started = { 0 };

		// When 20 operations fall due
		LoadResult result = scheduler.run(plan, (sequence, intended) -> {
			started[0]++;
			return new CompletableFuture<>();
		});

		// Then only 5 were sent; they time out, the 15 held back count as failed
		assertThat(started[0]).isEqualTo(5);
		assertThat(result.sent()).isEqualTo(20);
		assertThat(result.timedOut()).isEqualTo(5);
		assertThat(result.failed()).isEqualTo(15);
		assertThat(result.errorRatio()).isEqualTo(1.0);
	}

	@Test
	void countsFailuresAndStragglersWithoutTimingThem() {
		// Given operations of which every fourth fails and one never completes
		LoadPlan plan = new LoadPlan(1_000, Duration.ofMillis(20), 20, Duration.ofMillis(500), 100);

		// When it runs
		LoadResult result = scheduler.run(plan, (sequence, intended) -> {
			if (sequence == 7) {
				return new CompletableFuture<>();
			}
			if (sequence % 4 == 0) {
				return CompletableFuture.failedFuture(new IllegalStateException("503"));
			}
			return CompletableFuture.completedFuture(sequence % 4 != 1);
		});

		// Then failures and the straggler are counted, and only successes are timed
		assertThat(result.sent()).isEqualTo(20);
		assertThat(result.timedOut()).isEqualTo(1);
		assertThat(result.failed()).isEqualTo(10);
		assertThat(result.succeeded()).isEqualTo(9);
		assertThat(result.latency().count()).isEqualTo(9);
		assertThat(result.errorRatio()).isCloseTo(11 / 20.0, within(1e-9));
	}

}
