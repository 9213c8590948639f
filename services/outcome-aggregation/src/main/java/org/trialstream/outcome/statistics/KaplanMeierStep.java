package org.trialstream.outcome.statistics;

/**
 * The Kaplan-Meier estimate just after one distinct time with events or censorings.
 *
 * @param time the time
 * @param survival S(time), the share still event-free
 * @param atRisk units at risk just before {@code time}
 * @param events events at {@code time}
 * @param censored units censored at {@code time}
 * @param greenwoodSum the running sum d / (n (n - d)) of Greenwood's formula up to {@code time}
 */
public record KaplanMeierStep(double time, double survival, int atRisk, int events, int censored,
		double greenwoodSum) {

	/** Greenwood's standard error of S(time). */
	public double standardError() {
		return survival * Math.sqrt(greenwoodSum);
	}

}
