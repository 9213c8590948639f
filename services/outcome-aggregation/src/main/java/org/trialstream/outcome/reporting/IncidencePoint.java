package org.trialstream.outcome.reporting;

/** A step of a cumulative incidence curve (Aalen-Johansen). */
public record IncidencePoint(double day, double incidence, int atRisk) {
}
