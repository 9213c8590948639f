package org.trialstream.outcome.reporting;

/**
 * Change from baseline of one measure at one scheduled visit (for percentAreaReduction: PAR itself).
 *
 * @param suppressed n is below the small-cell threshold, so n, mean and SD are withheld
 */
public record MeasureStat(String measure, String visitCode, Integer n, Double mean, Double sd, boolean suppressed) {
}
