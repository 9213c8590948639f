package org.trialstream.sitecapture.security;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The one 403 body of the API: identical for every denial so that it reveals nothing. */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail forbidden() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"You are not permitted to access this resource.");
		problem.setType(URI.create("urn:trialstream:problem:forbidden"));
		return problem;
	}

}
