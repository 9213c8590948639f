package org.trialstream.sitecapture.web;

/** A subject, visit or adverse event the caller may know about does not exist: 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
