/**
 * The outcome statistics of the trial reports as plain Java: Kaplan-Meier with Greenwood intervals, cumulative
 * incidence with competing risks (Aalen-Johansen), both also from tables grouped by time that follow changes, the
 * two-visit wound closure rule, percent area reduction, running means (Welford) and exact moments that values can
 * leave again, protocol-defined wound response and small-cell suppression. No framework imports, so every rule
 * is unit-tested against hand-computed references.
 */
package org.trialstream.outcome.statistics;
