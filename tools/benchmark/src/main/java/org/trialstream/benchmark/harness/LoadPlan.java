package org.trialstream.benchmark.harness;

import java.time.Duration;

/**
 * What the open-loop scheduler sends: a fixed rate, bounded both in time and in count, and how long to wait for the
 * stragglers once the last operation has been sent.
 *
 * @param ratePerSecond operations started per second
 * @param duration how long to send for
 * @param maxOperations the most operations to send, whatever the duration
 * @param drainTimeout how long to wait for outstanding operations after the last send; those still outstanding then
 * count as timed out
 * @param maxInFlight the most operations outstanding at once; one due while that many are outstanding is not sent
 * and counts as failed (it protects the generator's sockets and memory when the platform stops answering)
 */
public record LoadPlan(double ratePerSecond, Duration duration, long maxOperations, Duration drainTimeout,
		int maxInFlight) {

	public static final int DEFAULT_MAX_IN_FLIGHT = 512;

	public LoadPlan {
		if (ratePerSecond <= 0 || duration.isNegative() || duration.isZero() || maxOperations <= 0
				|| maxInFlight <= 0) {
			throw new IllegalArgumentException("a load plan needs a positive rate, duration and count");
		}
	}

	public static LoadPlan of(double ratePerSecond, Duration duration) {
		long count = (long) Math.ceil(ratePerSecond * duration.toNanos() / 1e9);
		return new LoadPlan(ratePerSecond, duration, count, Duration.ofSeconds(10), DEFAULT_MAX_IN_FLIGHT);
	}

	/** The same plan with another in-flight limit. */
	public LoadPlan withMaxInFlight(int limit) {
		return new LoadPlan(ratePerSecond, duration, maxOperations, drainTimeout, limit);
	}

	public long intervalNanos() {
		return Math.max(1, Math.round(1e9 / ratePerSecond));
	}

}
