package org.trialstream.sitecapture.model;

/** ICH E2A seriousness criteria. */
public enum SeriousnessCriterion {

	DEATH, LIFE_THREATENING, HOSPITALISATION, DISABILITY, CONGENITAL_ANOMALY, MEDICALLY_IMPORTANT

}
