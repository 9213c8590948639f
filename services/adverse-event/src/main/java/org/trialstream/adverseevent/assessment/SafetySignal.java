package org.trialstream.adverseevent.assessment;

/**
 * The outcome of an assessment: a signal a monitor must see.
 *
 * @param kind signal kind
 * @param severity urgency
 * @param reason one line for the monitor, e.g. "SUSAR, fatal: hepatic failure (CTCAE grade 5)"
 * @param ctcaeGrade the grade behind the signal, or null
 * @param serious serious per ICH E2A
 * @param susar serious, related and unexpected: an expedited report to regulators is due
 * @param fatalOrLifeThreatening selects the 7-day SUSAR clock
 */
public record SafetySignal(AlertKind kind, AlertSeverity severity, String reason, Integer ctcaeGrade,
		boolean serious, boolean susar, boolean fatalOrLifeThreatening) {
}
