package org.trialstream.sitecapture.model;

/** Listed in the reference safety information or not. */
public enum Expectedness {

	EXPECTED, UNEXPECTED

}
