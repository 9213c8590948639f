package org.trialstream.adverseevent.alerting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.trialstream.adverseevent.assessment.AlertKind;
import org.trialstream.adverseevent.assessment.AlertSeverity;
import org.trialstream.adverseevent.assessment.RegulatoryClock;
import org.trialstream.adverseevent.assessment.RegulatoryClocks;

/**
 * The current state of one alert: the signal as last assessed plus what monitors did about it.
 *
 * @param alertId stable id (derived from the signal, so the same signal always maps to the same alert)
 * @param trialId trial
 * @param siteId site
 * @param subjectId pseudonymous subject id
 * @param adverseEventId the case, for alerts about a reported adverse event, else null
 * @param kind signal kind
 * @param severity urgency
 * @param reason one line for the monitor
 * @param ctcaeGrade the grade behind the signal, or null
 * @param sponsorAwareAt when the platform first learned of the signal (Day 0)
 * @param clocks regulatory clocks
 * @param sourceEventIds eventIds of the capture events that raised or changed the alert
 * @param revision 1 when raised, +1 per update
 * @param changeSummary what the last update changed, or null
 * @param raisedAt when the alert was raised
 * @param attentionSince since when the alert waits for a monitor (raised, or last upgraded)
 * @param acknowledgement the monitor's acknowledgement, or null
 * @param escalationLevel 0 until escalated
 */
public record Alert(String alertId, String trialId, String siteId, String subjectId, String adverseEventId,
		AlertKind kind, AlertSeverity severity, String reason, Integer ctcaeGrade, Instant sponsorAwareAt,
		List<RegulatoryClock> clocks, List<String> sourceEventIds, int revision, String changeSummary,
		Instant raisedAt, Instant attentionSince, Acknowledgement acknowledgement, int escalationLevel) {

	public Alert {
		clocks = List.copyOf(clocks);
		sourceEventIds = List.copyOf(sourceEventIds);
	}

	public boolean hasSource(String eventId) {
		return sourceEventIds.contains(eventId);
	}

	public boolean acknowledged() {
		return acknowledgement != null;
	}

	public Optional<Instant> nextDue() {
		return RegulatoryClocks.nextDue(clocks);
	}

	List<String> sourcesWith(String eventId) {
		List<String> sources = new ArrayList<>(sourceEventIds);
		sources.add(eventId);
		return sources;
	}

	Alert acknowledgedBy(Acknowledgement ack) {
		return new Alert(alertId, trialId, siteId, subjectId, adverseEventId, kind, severity, reason, ctcaeGrade,
				sponsorAwareAt, clocks, sourceEventIds, revision, changeSummary, raisedAt, attentionSince, ack,
				escalationLevel);
	}

	Alert escalatedTo(int level) {
		return new Alert(alertId, trialId, siteId, subjectId, adverseEventId, kind, severity, reason, ctcaeGrade,
				sponsorAwareAt, clocks, sourceEventIds, revision, changeSummary, raisedAt, attentionSince,
				acknowledgement, Math.max(level, escalationLevel));
	}

	/**
	 * This alert after an update: the signal fields come from {@code updated}; an upgrade in severity asks for a
	 * fresh acknowledgement, so it clears the old one and restarts the escalation wait.
	 */
	Alert mergedWith(Alert updated, Instant at) {
		boolean upgraded = updated.severity().compareTo(severity) > 0;
		return new Alert(alertId, trialId, siteId, subjectId, adverseEventId, updated.kind(), updated.severity(),
				updated.reason(), updated.ctcaeGrade(), sponsorAwareAt, updated.clocks(), updated.sourceEventIds(),
				Math.max(revision, updated.revision()), updated.changeSummary(), raisedAt,
				upgraded ? at : attentionSince, upgraded ? null : acknowledgement, upgraded ? 0 : escalationLevel);
	}

}
