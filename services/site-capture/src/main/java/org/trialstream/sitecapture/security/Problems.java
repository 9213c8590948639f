package org.trialstream.sitecapture.security;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

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

	/**
	 * The 403 body as written on the wire, in one field order, with no {@code instance}: Spring would otherwise add
	 * the request path, and the body would differ between a subject that exists and one that does not.
	 */
	public static Map<String, Object> forbiddenBody() {
		ProblemDetail problem = forbidden();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		return body;
	}

}
