package org.trialstream.adverseevent.alerting;

/**
 * The capture event a signal came from.
 *
 * @param eventId its eventId: the key of duplicate detection
 * @param trialId trial
 * @param siteId site
 * @param subjectId pseudonymous subject id
 * @param correlationId carried over to the safety events, or null
 */
public record SignalSource(String eventId, String trialId, String siteId, String subjectId, String correlationId) {
}
