package org.trialstream.outcome.topology;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlushPolicyTests {

	static final long NOW = 1_800_000_000_000L;

	final AtomicLong instanceEvents = new AtomicLong();

	final FlushPolicy policy = new FlushPolicy(Duration.ofMillis(50), instanceEvents);

	/** Events written a day ago arrive, and the first flush is done: returns when they were written. */
	long replayingAfterAFlush() {
		long written = NOW - Duration.ofDays(1).toMillis();
		policy.recordSeen(written);
		assertThat(policy.flushDue(NOW, 1)).isTrue();
		return written;
	}

	@Test
	void summarisesEveryIntervalWhileTheEventsReadAreFresh() {
		// Given
		policy.recordSeen(NOW - 20);

		// When / Then
		assertThat(policy.live(NOW)).isTrue();
		assertThat(policy.flushDue(NOW, 1)).isTrue();
		policy.recordSeen(NOW + 30);
		assertThat(policy.flushDue(NOW + 50, 1)).isTrue();
	}

	@Test
	void summarisesSeldomWhileReplayingOldEventsAndAtOnceWhenTheInputRunsDryOrManySubjectsWait() {
		// Given: a first flush, then old events keep arriving
		long written = replayingAfterAFlush();

		// When / Then: not every 50 ms while they keep coming
		policy.recordSeen(written + 1);
		assertThat(policy.live(NOW + 50)).isFalse();
		assertThat(policy.flushDue(NOW + 50, 1)).isFalse();
		policy.recordSeen(written + 2);
		assertThat(policy.flushDue(NOW + 1_000, 1)).isFalse();
		policy.recordSeen(written + 3);
		assertThat(policy.flushDue(NOW + FlushPolicy.CATCH_UP_INTERVAL.toMillis(), 1)).isTrue();
		// and as soon as too many subjects wait, or nothing new was read for a while
		policy.recordSeen(written + 4);
		long later = NOW + FlushPolicy.CATCH_UP_INTERVAL.toMillis() + 50;
		assertThat(policy.flushDue(later, FlushPolicy.MAX_PENDING)).isTrue();
		assertThat(policy.flushDue(later + 50, 1)).isFalse();
		assertThat(policy.flushDue(later + FlushPolicy.IDLE_AFTER.toMillis(), 1)).isTrue();
	}

	@Test
	void doesNotTakeAPauseOfTheThreadForTheEndOfTheInputWhileReplaying() {
		// Given: replaying, just after a flush
		long written = replayingAfterAFlush();
		policy.recordSeen(written + 1);
		assertThat(policy.flushDue(NOW + 50, 1)).isFalse();

		// When: the thread spends half a second elsewhere (another task's flush, a commit) and reads nothing here
		boolean due = policy.flushDue(NOW + 550, 1);

		// Then
		assertThat(due).isFalse();
	}

	@Test
	void waitsForTheWholeInstanceToRunDryWhileReplaying() {
		// Given: replaying, just after a flush
		long written = replayingAfterAFlush();
		FlushPolicy otherTask = new FlushPolicy(Duration.ofMillis(50), instanceEvents);

		// When: for two seconds only another task of the instance reads events
		otherTask.recordSeen(written + 1);
		assertThat(policy.flushDue(NOW + 1_000, 1)).isFalse();
		otherTask.recordSeen(written + 2);

		// Then: this one does not take its own silence for the end of the input
		assertThat(policy.flushDue(NOW + 2_000, 1)).isFalse();
		assertThat(policy.flushDue(NOW + 3_000, 1)).isTrue();
	}

	@Test
	void spacesReplayFlushesByTenTimesWhatTheLastOneCost() {
		// Given: a replay flush that took 6 s of summaries
		long written = replayingAfterAFlush();
		policy.summarised(6_000);

		// When / Then: the next one after 60 s, not 30 s
		policy.recordSeen(written + 1);
		assertThat(policy.flushDue(NOW + FlushPolicy.CATCH_UP_INTERVAL.toMillis(), 1)).isFalse();
		policy.recordSeen(written + 2);
		assertThat(policy.flushDue(NOW + 60_000, 1)).isTrue();
	}

}
