package org.trialstream.outcome.topology;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When changed subjects' summaries go to their trials. Live (the events read were written moments ago), every flush
 * interval: freshness. Catching up (replaying events written long ago, as a new instance does), only once
 * {@link #MAX_PENDING} subjects wait (their keys are held in memory), once the input has run dry for
 * {@link #IDLE_AFTER}, or after {@link #CATCH_UP_INTERVAL} and at least {@link #CATCH_UP_SHARE} times as long as the
 * last flush took: a summary costs a pass over the subject's whole history, and a replay touches the same subjects
 * again and again, so summarising each once in a while instead of every 50 ms is what lets a rebuild run at the
 * speed of reading the topics. "Dry" means no task of the instance read an event for a second: one task sees no
 * event between two of its punctuations whenever the thread is busy elsewhere (another task's flush, a commit) or
 * the fetches serve other partitions for a while, and taking that for the end of the input re-summarised the same
 * long histories over a thousand times in one rebuild.
 */
final class FlushPolicy {

	/** Events written longer ago than this are being caught up with. */
	static final Duration LIVE_LAG = Duration.ofSeconds(10);

	static final Duration CATCH_UP_INTERVAL = Duration.ofSeconds(30);

	/** Catching up, summaries take at most about 1/CATCH_UP_SHARE of the time. */
	static final int CATCH_UP_SHARE = 10;

	/** The input counts as run dry once no task of the instance read an event for this long. */
	static final Duration IDLE_AFTER = Duration.ofSeconds(1);

	static final int MAX_PENDING = 50_000;

	private final long intervalMs;

	private long latestEventTimestamp = Long.MIN_VALUE;

	/** Events read by every task of the instance (shared by their policies). */
	private final AtomicLong instanceEvents;

	private long instanceEventsAtLastCheck;

	/** Wall clock of the last check that found events read since the one before. */
	private long lastActive = Long.MIN_VALUE;

	private long lastFlush;

	private long lastFlushCostMs;

	/**
	 * @param interval the flush interval while live
	 * @param instanceEvents a counter shared by the policies of all tasks of the instance
	 */
	FlushPolicy(Duration interval, AtomicLong instanceEvents) {
		this.intervalMs = interval.toMillis();
		this.instanceEvents = instanceEvents;
	}

	/** An event written (record timestamp) at {@code timestamp} was read. */
	void recordSeen(long timestamp) {
		latestEventTimestamp = Math.max(latestEventTimestamp, timestamp);
		instanceEvents.incrementAndGet();
	}

	/** Whether the events read lately were written within {@link #LIVE_LAG} of {@code now}. */
	boolean live(long now) {
		return latestEventTimestamp >= now - LIVE_LAG.toMillis();
	}

	/**
	 * Whether to start summarising now (asked on every punctuation while no flush is under way).
	 * @param now the wall clock
	 * @param pending subjects waiting for their summary
	 */
	boolean flushDue(long now, int pending) {
		long events = instanceEvents.get();
		if (events != instanceEventsAtLastCheck) {
			lastActive = now;
			instanceEventsAtLastCheck = events;
		}
		boolean idle = lastActive == Long.MIN_VALUE || now - lastActive >= IDLE_AFTER.toMillis();
		long catchUpInterval = Math.max(CATCH_UP_INTERVAL.toMillis(), CATCH_UP_SHARE * lastFlushCostMs);
		if (live(now) || idle || pending >= MAX_PENDING || now - lastFlush >= catchUpInterval - intervalMs / 2) {
			lastFlush = now;
			lastFlushCostMs = 0;
			return true;
		}
		return false;
	}

	/** Summarising for the flush last started took another {@code millis} (a flush may span several punctuations). */
	void summarised(long millis) {
		lastFlushCostMs += millis;
	}

	/** What the flush last started has cost so far, in ms of summarising. */
	long lastFlushCostMs() {
		return lastFlushCostMs;
	}

}
