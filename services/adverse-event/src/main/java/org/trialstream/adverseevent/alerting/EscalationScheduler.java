package org.trialstream.adverseevent.alerting;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for unacknowledged serious alerts at a fixed interval
 * ({@code trialstream.adverse-event.escalation.check-interval}) and escalates them (safety.safety-alert-escalated.v1).
 */
@Component
class EscalationScheduler {

	private final SafetyDesk desk;

	EscalationScheduler(SafetyDesk desk) {
		this.desk = desk;
	}

	@Scheduled(fixedDelayString = "${trialstream.adverse-event.escalation.check-interval:5s}")
	void escalate() {
		desk.escalateDue();
	}

}
