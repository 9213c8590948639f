package org.trialstream.outcome.statistics;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * n, mean and sample standard deviation from exact sums: each value counts as its shortest decimal (the one that reads
 * back as the same double: 0.85, as the site entered it), and the sum and the sum of squares are kept as exact
 * {@link BigDecimal}s. A value can then be taken out again without any rounding left behind, and the result does not
 * depend on the order values came and went: a group updated value by value for months gives the very same mean and SD
 * as one summed afresh from the topics. (The double's exact binary expansion, 0.84999999999999997779..., would do as
 * well but carries some fifty digits into every sum: most of a rebuild's trial tallies.)
 */
public final class ExactMoments {

	private long n;

	private BigDecimal sum = BigDecimal.ZERO;

	private BigDecimal sumOfSquares = BigDecimal.ZERO;

	public ExactMoments add(double value) {
		BigDecimal exact = BigDecimal.valueOf(value);
		n++;
		sum = sum.add(exact);
		sumOfSquares = sumOfSquares.add(exact.multiply(exact));
		return this;
	}

	public ExactMoments remove(double value) {
		if (n == 0) {
			throw new IllegalStateException("no values to remove");
		}
		BigDecimal exact = BigDecimal.valueOf(value);
		n--;
		sum = sum.subtract(exact);
		sumOfSquares = sumOfSquares.subtract(exact.multiply(exact));
		return this;
	}

	public long n() {
		return n;
	}

	/** The mean, or null without values. */
	public Double mean() {
		return n == 0 ? null : sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
	}

	/** The sample standard deviation (n - 1 in the denominator), or null below two values. */
	public Double standardDeviation() {
		if (n < 2) {
			return null;
		}
		// (n * sum of squares - sum^2) / (n (n - 1)): exact up to the one division, so no cancellation.
		BigDecimal count = BigDecimal.valueOf(n);
		BigDecimal variance = count.multiply(sumOfSquares)
			.subtract(sum.multiply(sum))
			.divide(count.multiply(BigDecimal.valueOf(n - 1)), MathContext.DECIMAL128);
		return Math.sqrt(Math.max(0.0, variance.doubleValue()));
	}

}
