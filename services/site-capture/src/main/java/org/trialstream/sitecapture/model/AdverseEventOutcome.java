package org.trialstream.sitecapture.model;

/** Outcome of an adverse event so far. */
public enum AdverseEventOutcome {

	RECOVERED, RECOVERING, NOT_RECOVERED, RECOVERED_WITH_SEQUELAE, FATAL

}
