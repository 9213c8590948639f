package org.trialstream.benchmark.harness;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of one latency distribution, in milliseconds.
 *
 * @param count values recorded
 * @param p50Ms median
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param p999Ms 99.9th percentile
 * @param maxMs the largest value
 * @param meanMs the mean
 */
public record LatencySummary(long count, double p50Ms, double p95Ms, double p99Ms, double p999Ms, double maxMs,
		double meanMs) {

	private static final double NANOS_PER_MS = 1_000_000.0;

	public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, 0, 0);

	/** Summarises a histogram recorded in nanoseconds. */
	public static LatencySummary of(Histogram nanos) {
		if (nanos.getTotalCount() == 0) {
			return EMPTY;
		}
		return new LatencySummary(nanos.getTotalCount(), ms(nanos.getValueAtPercentile(50)),
				ms(nanos.getValueAtPercentile(95)), ms(nanos.getValueAtPercentile(99)),
				ms(nanos.getValueAtPercentile(99.9)), ms(nanos.getMaxValue()), nanos.getMean() / NANOS_PER_MS);
	}

	/**
	 * Each percentile's median over several runs, as the floor is quoted: one run on a noisy machine is not a
	 * measurement.
	 */
	public static LatencySummary medianOf(List<LatencySummary> runs) {
		if (runs.isEmpty()) {
			return EMPTY;
		}
		return new LatencySummary((long) median(runs, LatencySummary::count), median(runs, LatencySummary::p50Ms),
				median(runs, LatencySummary::p95Ms), median(runs, LatencySummary::p99Ms),
				median(runs, LatencySummary::p999Ms), median(runs, LatencySummary::maxMs),
				median(runs, LatencySummary::meanMs));
	}

	static double median(List<LatencySummary> runs, ToDoubleFunction<LatencySummary> value) {
		List<LatencySummary> sorted = runs.stream().sorted(Comparator.comparingDouble(value)).toList();
		int middle = sorted.size() / 2;
		if (sorted.size() % 2 == 1) {
			return value.applyAsDouble(sorted.get(middle));
		}
		return (value.applyAsDouble(sorted.get(middle - 1)) + value.applyAsDouble(sorted.get(middle))) / 2;
	}

	private static double ms(long nanos) {
		return nanos / NANOS_PER_MS;
	}

}
