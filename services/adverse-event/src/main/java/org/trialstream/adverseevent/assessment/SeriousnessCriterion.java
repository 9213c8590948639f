package org.trialstream.adverseevent.assessment;

/** The ICH E2A seriousness criteria: an adverse event is serious if it meets at least one. */
public enum SeriousnessCriterion {

	DEATH, LIFE_THREATENING, HOSPITALISATION, DISABILITY, CONGENITAL_ANOMALY, MEDICALLY_IMPORTANT;

	/** Lower-case words for reasons shown to monitors, e.g. "life-threatening". */
	public String label() {
		return name().toLowerCase().replace('_', '-');
	}

}
