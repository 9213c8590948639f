package org.trialstream.adverseevent.alerting;

import java.time.Instant;
import java.util.UUID;

/** A fact about an alert, one per safety event: raised, updated, acknowledged or escalated. */
public sealed interface AlertChange {

	UUID eventId();

	Instant at();

	String alertId();

	/** Raised: the new alert, revision 1. */
	record Raised(UUID eventId, Instant at, String correlationId, Alert alert) implements AlertChange {

		@Override
		public String alertId() {
			return alert.alertId();
		}

	}

	/** Updated by a follow-up: the alert's new signal fields, revision and change summary. */
	record Updated(UUID eventId, Instant at, String correlationId, Alert alert) implements AlertChange {

		@Override
		public String alertId() {
			return alert.alertId();
		}

	}

	/** A monitor acknowledged the alert. */
	record Acknowledged(UUID eventId, Instant at, String alertId, String actorRole, Acknowledgement acknowledgement)
			implements AlertChange {
	}

	/** Nobody acknowledged a serious alert in time. */
	record Escalated(UUID eventId, Instant at, String alertId, int level, String reason) implements AlertChange {
	}

}
