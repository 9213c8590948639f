package org.trialstream.outcome.statistics;

/**
 * How a pointwise 95 % interval of S(t) is built from Greenwood's variance: on the survival scale itself (plain), or
 * on log(-log S), which keeps the bounds inside (0, 1) and behaves better in the tails (Kalbfleisch and Prentice).
 */
public enum ConfidenceTransform {

	PLAIN, LOG_LOG;

	static final double Z_975 = 1.959963984540054;

	double lower(KaplanMeierStep step) {
		return bounds(step)[0];
	}

	double upper(KaplanMeierStep step) {
		return bounds(step)[1];
	}

	private double[] bounds(KaplanMeierStep step) {
		double s = step.survival();
		if (s <= 0.0) {
			return new double[] { 0.0, 0.0 };
		}
		if (s >= 1.0 || step.greenwoodSum() == 0.0) {
			return new double[] { s, s };
		}
		if (this == PLAIN) {
			double half = Z_975 * step.standardError();
			return new double[] { Math.max(0.0, s - half), Math.min(1.0, s + half) };
		}
		double seLogLog = Math.sqrt(step.greenwoodSum()) / Math.abs(Math.log(s));
		return new double[] { Math.pow(s, Math.exp(Z_975 * seLogLog)), Math.pow(s, Math.exp(-Z_975 * seLogLog)) };
	}

}
