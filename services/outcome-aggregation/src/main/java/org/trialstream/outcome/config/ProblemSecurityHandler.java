package org.trialstream.outcome.config;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 from the security filters as RFC 9457 problem details, like every other error of the API. */
class ProblemSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	private final String challenge;

	/** @param challenge the WWW-Authenticate scheme of the sign-in mode: Basic (local users) or Bearer (tokens) */
	ProblemSecurityHandler(JsonMapper json, String challenge) {
		this.json = json;
		this.challenge = challenge;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader("WWW-Authenticate", challenge + " realm=\"trialstream outcomes\"");
		write(response, problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required."));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(response, problem(HttpStatus.FORBIDDEN, "forbidden", "Your role may not do this."));
	}

	private static ProblemDetail problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:trialstream:problem:" + type));
		return problem;
	}

	private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
