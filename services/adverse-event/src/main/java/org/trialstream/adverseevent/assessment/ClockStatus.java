package org.trialstream.adverseevent.assessment;

/** RUNNING until the report is made; MET once made; NULLIFIED when the case no longer requires it. */
public enum ClockStatus {

	RUNNING, MET, NULLIFIED

}
