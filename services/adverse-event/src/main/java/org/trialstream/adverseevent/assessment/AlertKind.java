package org.trialstream.adverseevent.assessment;

/** What kind of safety signal an alert is about, most specific first. */
public enum AlertKind {

	SUSAR, DEATH, SERIOUS_ADVERSE_EVENT, MAJOR_AMPUTATION, EVENT_OF_SPECIAL_INTEREST, SUGGESTED_ADVERSE_EVENT

}
