package org.trialstream.adverseevent.console;

import java.time.Instant;
import java.util.List;

import org.trialstream.adverseevent.alerting.Acknowledgement;
import org.trialstream.adverseevent.alerting.Alert;
import org.trialstream.adverseevent.assessment.RegulatoryClock;

/**
 * An alert as monitors see it (JSON): the signal, its clocks with due times (UTC), and what monitors did.
 *
 * @param nextDueAt the nearest due time of a running clock, or null
 */
public record AlertView(String alertId, String trialId, String siteId, String subjectId, String adverseEventId,
		String kind, String severity, String reason, Integer ctcaeGrade, Instant sponsorAwareAt, Instant raisedAt,
		Instant nextDueAt, List<ClockView> clocks, List<String> sourceEventIds, int revision, String changeSummary,
		Acknowledgement acknowledgement, int escalationLevel) {

	public static AlertView of(Alert alert) {
		return new AlertView(alert.alertId(), alert.trialId(), alert.siteId(), alert.subjectId(),
				alert.adverseEventId(), alert.kind().name(), alert.severity().name(), alert.reason(),
				alert.ctcaeGrade(), alert.sponsorAwareAt(), alert.raisedAt(), alert.nextDue().orElse(null),
				alert.clocks().stream().map(ClockView::of).toList(), alert.sourceEventIds(), alert.revision(),
				alert.changeSummary(), alert.acknowledgement(), alert.escalationLevel());
	}

	/** One regulatory clock. */
	public record ClockView(String kind, Instant startedAt, Instant dueAt, String status) {

		static ClockView of(RegulatoryClock clock) {
			return new ClockView(clock.kind().name(), clock.startedAt(), clock.dueAt(), clock.status().name());
		}

	}

	/** The list endpoint's body: the alerts and the stream position they reflect (subscribe from there). */
	public record AlertList(long lastEventId, List<AlertView> alerts) {
	}

	/** The data of one SSE event. */
	public record StreamEvent(long sequence, String type, String eventId, AlertView alert) {
	}

	/** An acknowledgement request; the note is optional. */
	public record AcknowledgementRequest(String note) {
	}

}
