package org.trialstream.adverseevent.assessment;

/** A causality assessment (investigator's or sponsor's). UNKNOWN means not assessed yet. */
public enum Causality {

	RELATED, NOT_RELATED, UNKNOWN

}
