package org.trialstream.sitecapture.model;

/** Which limb. */
public enum Laterality {

	LEFT, RIGHT

}
