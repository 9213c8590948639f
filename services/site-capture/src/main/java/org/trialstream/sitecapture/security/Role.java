package org.trialstream.sitecapture.security;

/** The roles of the platform's users (DOMAIN.md, "Who uses it"). */
public enum Role {

	/** Investigator or coordinator of one site: enrols, records, corrects its own subjects only. */
	SITE,
	/** Safety monitor: reads every subject; sees no arm of a blinded trial. */
	MONITOR,
	/** Sponsor study team: reads; sees no arm of a blinded trial. */
	SPONSOR,
	/** Independent data monitoring committee: reads, including arms. */
	DMC;

	public String authority() {
		return "ROLE_" + name();
	}

}
