package org.trialstream.adverseevent.assessment;

/** How urgently a monitor must act. URGENT and CRITICAL alerts escalate when nobody acknowledges them. */
public enum AlertSeverity {

	INFO, WARNING, URGENT, CRITICAL;

	public boolean escalates() {
		return this == URGENT || this == CRITICAL;
	}

}
