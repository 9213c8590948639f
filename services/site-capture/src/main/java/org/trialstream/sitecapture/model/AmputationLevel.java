package org.trialstream.sitecapture.model;

/** Amputation of the limb since the last visit; MAJOR is above the ankle. */
public enum AmputationLevel {

	NONE, MINOR, MAJOR

}
