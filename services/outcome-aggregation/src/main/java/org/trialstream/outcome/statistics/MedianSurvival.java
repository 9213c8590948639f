package org.trialstream.outcome.statistics;

/**
 * A median survival time with its 95 % confidence interval; a null bound (or median) was not reached.
 */
public record MedianSurvival(Double median, Double lower95, Double upper95) {

	public static final MedianSurvival NOT_REACHED = new MedianSurvival(null, null, null);

}
