package org.trialstream.outcome.reporting;

/** Median time to closure in days with its 95 % CI; null where not reached. */
public record Median(Double days, Double lower95, Double upper95) {
}
