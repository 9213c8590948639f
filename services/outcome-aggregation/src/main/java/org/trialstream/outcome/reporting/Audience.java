package org.trialstream.outcome.reporting;

/** Who reads a report: the sponsor's study team, or the independent data monitoring committee. */
public enum Audience {

	SPONSOR, DMC

}
