package org.trialstream.outcome.statistics;

/**
 * n, mean and sample standard deviation in one pass (Welford 1962), numerically stable where the naive sum of
 * squares cancels; two partial results merge exactly (Chan et al.), so per-arm statistics pool without a re-scan.
 */
public final class RunningStatistics {

	private long n;

	private double mean;

	private double sumSquaredDeviations;

	public RunningStatistics add(double value) {
		n++;
		double delta = value - mean;
		mean += delta / n;
		sumSquaredDeviations += delta * (value - mean);
		return this;
	}

	public RunningStatistics merge(RunningStatistics other) {
		if (other.n == 0) {
			return this;
		}
		long total = n + other.n;
		double delta = other.mean - mean;
		sumSquaredDeviations += other.sumSquaredDeviations + delta * delta * n * other.n / total;
		mean += delta * other.n / total;
		n = total;
		return this;
	}

	public long n() {
		return n;
	}

	/** The mean, or null without values. */
	public Double mean() {
		return n == 0 ? null : mean;
	}

	/** The sample standard deviation (n - 1 in the denominator), or null below two values. */
	public Double standardDeviation() {
		return n < 2 ? null : Math.sqrt(sumSquaredDeviations / (n - 1));
	}

}
