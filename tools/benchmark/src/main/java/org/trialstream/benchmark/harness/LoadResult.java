package org.trialstream.benchmark.harness;

import java.time.Duration;

/**
 * What an open-loop run achieved.
 *
 * @param offeredPerSecond the rate the plan asked for
 * @param sent operations started
 * @param succeeded operations that completed successfully (their latencies are in {@code latency})
 * @param failed operations that completed with an error or an unsuccessful answer
 * @param timedOut operations still outstanding when the drain timeout ran out
 * @param latency latencies of the successful operations, from their intended start
 * @param achievedPerSecond successful operations per second, from the first intended start to the last completion
 * @param elapsed from the first intended start to the last completion
 */
public record LoadResult(double offeredPerSecond, long sent, long succeeded, long failed, long timedOut,
		LatencySummary latency, double achievedPerSecond, Duration elapsed) {

	public double errorRatio() {
		return sent == 0 ? 0 : (double) (failed + timedOut) / sent;
	}

}
