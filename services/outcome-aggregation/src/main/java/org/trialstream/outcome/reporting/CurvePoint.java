package org.trialstream.outcome.reporting;

/** A step of a Kaplan-Meier curve of time to closure: share still open after {@code day}. */
public record CurvePoint(double day, double survival, int atRisk, int events, int censored) {
}
