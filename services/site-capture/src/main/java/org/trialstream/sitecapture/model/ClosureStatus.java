package org.trialstream.sitecapture.model;

/** Investigator's assessment of the wound. */
public enum ClosureStatus {

	OPEN, CLOSED

}
