package org.trialstream.outcome.statistics;

/**
 * The cumulative incidence of one kind of event just after a time at which any event happened.
 *
 * @param time the time
 * @param incidence the probability of having had this kind of event by {@code time}
 * @param atRisk units at risk just before {@code time}
 * @param events events of this kind at {@code time}
 */
public record IncidenceStep(double time, double incidence, int atRisk, int events) {
}
