package org.trialstream.sitecapture.model;

/** Relationship to the investigational product. */
public enum Causality {

	RELATED, NOT_RELATED

}
