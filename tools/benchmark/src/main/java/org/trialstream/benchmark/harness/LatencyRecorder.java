package org.trialstream.benchmark.harness;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A thread-safe HdrHistogram of latencies in nanoseconds (1 us to 5 min, 3 significant digits). Callers record
 * from the intended start of an operation, which is what corrects for coordinated omission; values above the
 * range are clamped to it rather than lost.
 */
public final class LatencyRecorder {

	private static final long HIGHEST = TimeUnit.MINUTES.toNanos(5);

	private final ConcurrentHistogram histogram = new ConcurrentHistogram(1_000, HIGHEST, 3);

	public void record(long latencyNanos) {
		histogram.recordValue(Math.clamp(latencyNanos, 1_000, HIGHEST));
	}

	public long count() {
		return histogram.getTotalCount();
	}

	public Histogram snapshot() {
		return histogram.copy();
	}

	public LatencySummary summary() {
		return LatencySummary.of(histogram.copy());
	}

}
