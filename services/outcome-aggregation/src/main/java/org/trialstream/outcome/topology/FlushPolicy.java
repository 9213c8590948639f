package org.trialstream.outcome.topology;

import java.time.Duration;

/**
 * When changed subjects' summaries go to their trials. Live (the events read were written moments ago), every flush
 * interval: freshness. Catching up (replaying events written long ago, as a new instance does), only every
 * {@link #CATCH_UP_INTERVAL}, once {@link #MAX_PENDING} subjects wait (their keys are held in memory), or once the
 * input runs dry: a summary costs a pass over the subject's whole history, and a replay touches the same subjects
 * again and again, so summarising each once in a while instead of every 50 ms is what lets a rebuild run at the
 * speed of reading the topics.
 */
final class FlushPolicy {

	/** Events written longer ago than this are being caught up with. */
	static final Duration LIVE_LAG = Duration.ofSeconds(10);

	static final Duration CATCH_UP_INTERVAL = Duration.ofSeconds(30);

	static final int MAX_PENDING = 50_000;

	private final long intervalMs;

	private long latestEventTimestamp = Long.MIN_VALUE;

	private long eventsSinceLastCheck;

	private long lastFlush;

	FlushPolicy(Duration interval) {
		this.intervalMs = interval.toMillis();
	}

	/** An event written (record timestamp) at {@code timestamp} was read. */
	void recordSeen(long timestamp) {
		latestEventTimestamp = Math.max(latestEventTimestamp, timestamp);
		eventsSinceLastCheck++;
	}

	/** Whether the events read lately were written within {@link #LIVE_LAG} of {@code now}. */
	boolean live(long now) {
		return latestEventTimestamp >= now - LIVE_LAG.toMillis();
	}

	/**
	 * Whether to summarise now (asked on every punctuation).
	 * @param now the wall clock
	 * @param pending subjects waiting for their summary
	 */
	boolean flushDue(long now, int pending) {
		boolean idle = eventsSinceLastCheck == 0;
		eventsSinceLastCheck = 0;
		if (live(now) || idle || pending >= MAX_PENDING
				|| now - lastFlush >= CATCH_UP_INTERVAL.toMillis() - intervalMs / 2) {
			lastFlush = now;
			return true;
		}
		return false;
	}

}
