package org.trialstream.sitecapture.model;

/** CTCAE version a grade refers to. */
public enum CtcaeVersion {

	V5_0, V6_0

}
