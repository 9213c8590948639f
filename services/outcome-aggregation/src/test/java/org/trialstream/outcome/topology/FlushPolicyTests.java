package org.trialstream.outcome.topology;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlushPolicyTests {

	static final long NOW = 1_800_000_000_000L;

	final FlushPolicy policy = new FlushPolicy(Duration.ofMillis(50));

	@Test
	void summarisesEveryIntervalWhileTheEventsReadAreFresh() {
		// Given
		policy.recordSeen(NOW - 20);

		// When / Then
		assertThat(policy.live(NOW)).isTrue();
		assertThat(policy.flushDue(NOW)).isTrue();
		policy.recordSeen(NOW + 30);
		assertThat(policy.flushDue(NOW + 50)).isTrue();
	}

	@Test
	void summarisesSeldomWhileReplayingOldEventsAndAtOnceWhenTheInputRunsDry() {
		// Given: a first flush, then old events keep arriving
		long written = NOW - Duration.ofDays(1).toMillis();
		policy.recordSeen(written);
		assertThat(policy.flushDue(NOW)).isTrue();

		// When / Then: not every 50 ms while they keep coming
		policy.recordSeen(written + 1);
		assertThat(policy.live(NOW + 50)).isFalse();
		assertThat(policy.flushDue(NOW + 50)).isFalse();
		policy.recordSeen(written + 2);
		assertThat(policy.flushDue(NOW + 1_000)).isFalse();
		policy.recordSeen(written + 3);
		assertThat(policy.flushDue(NOW + FlushPolicy.CATCH_UP_INTERVAL.toMillis())).isTrue();
		// and as soon as nothing new was read since the last check
		assertThat(policy.flushDue(NOW + FlushPolicy.CATCH_UP_INTERVAL.toMillis() + 50)).isTrue();
	}

}
