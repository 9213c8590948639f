package org.trialstream.benchmark.report;

/**
 * A goal from the issues, e.g. alert p99 at most 25 ms.
 *
 * @param atMost true for a ceiling (latency, memory), false for a floor (throughput)
 * @param threshold the limit, in the figure's unit
 */
public record Goal(boolean atMost, double threshold) {

	public static Goal atMost(double threshold) {
		return new Goal(true, threshold);
	}

	public static Goal atLeast(double threshold) {
		return new Goal(false, threshold);
	}

	public boolean metBy(double value) {
		return atMost ? value <= threshold : value >= threshold;
	}

	public String describe(String unit) {
		return (atMost ? "<= " : ">= ") + Numbers.format(threshold) + (unit.isEmpty() ? "" : " " + unit);
	}

}
