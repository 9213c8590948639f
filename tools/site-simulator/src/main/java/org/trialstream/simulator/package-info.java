/**
 * Simulated trial sites. They drive the running platform only through site-capture's public HTTP API, as real
 * sites would: enrolments, scheduled and late visits with realistic values, adverse events and follow-ups,
 * corrections with reasons, and a few invalid submissions that the platform must reject.
 */
package org.trialstream.simulator;
