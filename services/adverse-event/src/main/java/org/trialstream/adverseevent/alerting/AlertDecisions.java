package org.trialstream.adverseevent.alerting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.trialstream.adverseevent.assessment.AdverseEventCase;
import org.trialstream.adverseevent.assessment.AlertSeverity;
import org.trialstream.adverseevent.assessment.LabAnalyte;
import org.trialstream.adverseevent.assessment.RegulatoryClock;
import org.trialstream.adverseevent.assessment.RegulatoryClocks;
import org.trialstream.adverseevent.assessment.SafetySignal;

/**
 * Exactly one alert per signal. The alert id is derived from the signal (the case, the subject's analyte, the
 * limb), so a signal always finds its alert; an event whose eventId the alert already lists is a duplicate and
 * changes nothing. A follow-up that changes the assessment updates the alert (new revision); a lab or trigger that
 * is no worse than what the alert already says changes nothing.
 */
public final class AlertDecisions {

	private AlertDecisions() {
	}

	public static String adverseEventAlertId(String trialId, String adverseEventId) {
		return nameId("adverse-event", trialId, adverseEventId);
	}

	public static String labAlertId(String trialId, String subjectId, LabAnalyte analyte) {
		return nameId("lab", trialId, subjectId, analyte.name());
	}

	public static String amputationAlertId(String trialId, String subjectId, String laterality) {
		return nameId("major-amputation", trialId, subjectId, laterality);
	}

	/**
	 * @param signal the assessment of the case as it now stands (empty: no longer a signal)
	 * @param now when the platform received the event
	 */
	public static Optional<AlertChange> onAdverseEvent(SignalSource source, AdverseEventCase adverseEvent,
			Optional<SafetySignal> signal, Optional<Alert> existing, Instant now) {
		String alertId = adverseEventAlertId(adverseEvent.trialId(), adverseEvent.adverseEventId());
		if (existing.isEmpty()) {
			return signal.map(s -> raised(source, alertId, adverseEvent.adverseEventId(), s,
					RegulatoryClocks.start(s, adverseEvent.siteAwareAt(), now), now));
		}
		Alert alert = existing.get();
		if (alert.hasSource(source.eventId())) {
			return Optional.empty();
		}
		List<RegulatoryClock> clocks = RegulatoryClocks.followUp(alert.clocks(), signal.orElse(null),
				adverseEvent.siteAwareAt(), now);
		Alert updated = signal.isPresent() ? withSignal(alert, signal.get(), clocks, source)
				: downgraded(alert, adverseEvent, clocks, source);
		if (sameAssessment(alert, updated)) {
			return Optional.empty();
		}
		String summary = signal.isPresent() ? ChangeSummary.between(alert, updated)
				: ChangeSummary.downgraded(alert, updated);
		return Optional.of(new AlertChange.Updated(UUID.randomUUID(), now, source.correlationId(),
				revised(updated, alert.revision() + 1, summary)));
	}

	/** A lab signal or a protocol trigger: raised once; updated only when the grade got worse. */
	public static Optional<AlertChange> onSignal(SignalSource source, String alertId, SafetySignal signal,
			Optional<Alert> existing, Instant now) {
		if (existing.isEmpty()) {
			return Optional.of(raised(source, alertId, null, signal, List.of(), now));
		}
		Alert alert = existing.get();
		if (alert.hasSource(source.eventId()) || !worse(signal, alert)) {
			return Optional.empty();
		}
		Alert updated = withSignal(alert, signal, alert.clocks(), source);
		return Optional.of(new AlertChange.Updated(UUID.randomUUID(), now, source.correlationId(),
				revised(updated, alert.revision() + 1, ChangeSummary.between(alert, updated))));
	}

	private static boolean worse(SafetySignal signal, Alert alert) {
		int before = alert.ctcaeGrade() == null ? 0 : alert.ctcaeGrade();
		return signal.ctcaeGrade() != null && signal.ctcaeGrade() > before;
	}

	private static AlertChange raised(SignalSource source, String alertId, String adverseEventId, SafetySignal signal,
			List<RegulatoryClock> clocks, Instant now) {
		Alert alert = new Alert(alertId, source.trialId(), source.siteId(), source.subjectId(), adverseEventId,
				signal.kind(), signal.severity(), signal.reason(), signal.ctcaeGrade(), now, clocks,
				List.of(source.eventId()), 1, null, now, now, null, 0);
		return new AlertChange.Raised(UUID.randomUUID(), now, source.correlationId(), alert);
	}

	private static Alert withSignal(Alert alert, SafetySignal signal, List<RegulatoryClock> clocks,
			SignalSource source) {
		return new Alert(alert.alertId(), alert.trialId(), alert.siteId(), alert.subjectId(), alert.adverseEventId(),
				signal.kind(), signal.severity(), signal.reason(), signal.ctcaeGrade(), alert.sponsorAwareAt(), clocks,
				alert.sourcesWith(source.eventId()), alert.revision(), alert.changeSummary(), alert.raisedAt(),
				alert.attentionSince(), alert.acknowledgement(), alert.escalationLevel());
	}

	private static Alert downgraded(Alert alert, AdverseEventCase adverseEvent, List<RegulatoryClock> clocks,
			SignalSource source) {
		String reason = "Downgraded to non-serious, CTCAE grade %d: %s".formatted(adverseEvent.ctcaeGrade(),
				adverseEvent.verbatimTerm());
		return new Alert(alert.alertId(), alert.trialId(), alert.siteId(), alert.subjectId(), alert.adverseEventId(),
				alert.kind(), AlertSeverity.INFO, reason, adverseEvent.ctcaeGrade(), alert.sponsorAwareAt(), clocks,
				alert.sourcesWith(source.eventId()), alert.revision(), alert.changeSummary(), alert.raisedAt(),
				alert.attentionSince(), alert.acknowledgement(), alert.escalationLevel());
	}

	private static Alert revised(Alert alert, int revision, String summary) {
		return new Alert(alert.alertId(), alert.trialId(), alert.siteId(), alert.subjectId(), alert.adverseEventId(),
				alert.kind(), alert.severity(), alert.reason(), alert.ctcaeGrade(), alert.sponsorAwareAt(),
				alert.clocks(), alert.sourceEventIds(), revision, summary, alert.raisedAt(), alert.attentionSince(),
				alert.acknowledgement(), alert.escalationLevel());
	}

	private static boolean sameAssessment(Alert before, Alert after) {
		return before.kind() == after.kind() && before.severity() == after.severity()
				&& before.reason().equals(after.reason()) && Objects.equals(before.ctcaeGrade(), after.ctcaeGrade())
				&& before.clocks().equals(after.clocks());
	}

	private static String nameId(String... parts) {
		return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
