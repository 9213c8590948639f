package org.trialstream.sitecapture.security;

/** The actor may not touch this resource; answered with the one 403 body of the API. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException() {
		super("Forbidden");
	}

}
