package org.trialstream.adverseevent.alerting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.trialstream.adverseevent.assessment.AdverseEventAssessment;
import org.trialstream.adverseevent.assessment.AdverseEventCase;
import org.trialstream.adverseevent.assessment.SafetySignal;
import org.trialstream.adverseevent.config.AdverseEventProperties;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

/**
 * Where signals become alerts: assesses, decides (one alert per signal, follow-ups update it), publishes and waits
 * for the broker, then applies the change to the alert book, which feeds the monitors' streams. One decision at a
 * time, so a duplicate arriving right behind its original always finds the original's alert.
 */
@Service
public class SafetyDesk {

	private static final Logger log = LoggerFactory.getLogger(SafetyDesk.class);

	private final AlertBook book;

	private final SafetyAlertPublisher publisher;

	private final TrialProtocols protocols;

	private final Clock clock;

	private final Duration escalationOverride;

	private final FollowUpOrder followUpOrder = new FollowUpOrder();

	public SafetyDesk(AlertBook book, SafetyAlertPublisher publisher, TrialProtocols protocols, Clock clock,
			AdverseEventProperties properties) {
		this.book = book;
		this.publisher = publisher;
		this.protocols = protocols;
		this.clock = clock;
		this.escalationOverride = properties.escalation().after();
	}

	public synchronized void onAdverseEvent(SignalSource source, AdverseEventCase adverseEvent) {
		if (!followUpOrder.isCurrent(adverseEvent.trialId(), adverseEvent.adverseEventId(),
				adverseEvent.followUpNumber())) {
			log.info("ignored follow-up {} of case {}: a newer version was already assessed",
					adverseEvent.followUpNumber(), adverseEvent.adverseEventId());
			return;
		}
		TrialProtocol protocol = protocols.find(adverseEvent.trialId()).orElse(null);
		Optional<SafetySignal> signal = AdverseEventAssessment.assess(adverseEvent, protocol);
		String alertId = AlertDecisions.adverseEventAlertId(adverseEvent.trialId(), adverseEvent.adverseEventId());
		AlertDecisions.onAdverseEvent(source, adverseEvent, signal, book.find(alertId), clock.instant())
			.ifPresent(this::publish);
	}

	/** A lab signal or a protocol trigger with its alert id. */
	public synchronized void onSignal(SignalSource source, String alertId, SafetySignal signal) {
		AlertDecisions.onSignal(source, alertId, signal, book.find(alertId), clock.instant()).ifPresent(this::publish);
	}

	/**
	 * Records a monitor's acknowledgement.
	 * @return the alert after it, or empty if the alert is unknown
	 * @throws IllegalStateException if someone acknowledged it already
	 */
	public synchronized Optional<Alert> acknowledge(String alertId, String actorId, String actorRole, String note) {
		Optional<Alert> alert = book.find(alertId);
		if (alert.isEmpty()) {
			return Optional.empty();
		}
		if (alert.get().acknowledged()) {
			throw new IllegalStateException("Alert " + alertId + " was acknowledged by "
					+ alert.get().acknowledgement().by() + " at " + alert.get().acknowledgement().at());
		}
		publish(new AlertChange.Acknowledged(UUID.randomUUID(), clock.instant(), alertId, actorRole,
				new Acknowledgement(actorId, clock.instant(), note)));
		return book.find(alertId);
	}

	/**
	 * Escalates every serious alert that waited too long for an acknowledgement. Each alert is decided on its own
	 * under the desk's lock, never the whole sweep at once: a sweep that escalates hundreds of alerts (each written
	 * and acknowledged by the broker) must not hold back a new signal for the length of the sweep.
	 */
	public void escalateDue() {
		Instant now = clock.instant();
		for (Alert alert : book.all()) {
			if (EscalationPolicy.due(alert, escalationAfter(alert.trialId()), now).isPresent()) {
				escalateIfDue(alert.alertId());
			}
		}
	}

	private synchronized void escalateIfDue(String alertId) {
		book.find(alertId).ifPresent(alert -> {
			Duration after = escalationAfter(alert.trialId());
			EscalationPolicy.due(alert, after, clock.instant())
				.ifPresent(level -> publish(new AlertChange.Escalated(UUID.randomUUID(), clock.instant(),
						alert.alertId(), level, EscalationPolicy.reason(after, level))));
		});
	}

	private Duration escalationAfter(String trialId) {
		if (escalationOverride != null) {
			return escalationOverride;
		}
		return protocols.find(trialId).map(TrialProtocol::escalateUnacknowledgedAfter).orElse(Duration.ofMinutes(30));
	}

	private void publish(AlertChange change) {
		Alert alert = switch (change) {
			case AlertChange.Raised raised -> raised.alert();
			case AlertChange.Updated updated -> updated.alert();
			default -> book.find(change.alertId()).orElseThrow();
		};
		publisher.publish(change, alert);
		book.apply(change);
		// The safety event on its topic is the record; a log line per alert is only for debugging.
		log.debug("alert {} {} for subject {} ({})", alert.alertId(), change.getClass().getSimpleName().toLowerCase(),
				alert.subjectId(), alert.kind());
	}

}
