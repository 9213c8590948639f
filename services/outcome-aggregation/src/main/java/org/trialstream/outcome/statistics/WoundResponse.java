package org.trialstream.outcome.statistics;

/** Wound response categories of a protocol's response mapping. */
public enum WoundResponse {

	COMPLETE_RESPONSE, PARTIAL_RESPONSE, STABLE_DISEASE, PROGRESSIVE_DISEASE;

	/** Objective response: complete or partial. */
	public boolean objective() {
		return this == COMPLETE_RESPONSE || this == PARTIAL_RESPONSE;
	}

}
