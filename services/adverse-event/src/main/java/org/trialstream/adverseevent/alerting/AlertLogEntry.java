package org.trialstream.adverseevent.alerting;

/**
 * One entry of the ordered alert log, as monitors receive it.
 *
 * @param sequence position in the log (the SSE event id), increasing by one
 * @param type raised, updated, acknowledged or escalated
 * @param eventId the safety event's eventId
 * @param alert the alert as it stands after this change
 */
public record AlertLogEntry(long sequence, Type type, String eventId, Alert alert) {

	public enum Type {

		RAISED, UPDATED, ACKNOWLEDGED, ESCALATED;

		/** The SSE event name, e.g. alert-raised. */
		public String eventName() {
			return "alert-" + name().toLowerCase();
		}

	}

}
