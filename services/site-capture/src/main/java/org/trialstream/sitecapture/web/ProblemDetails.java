package org.trialstream.sitecapture.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.trialstream.sitecapture.editcheck.EditCheckException;
import org.trialstream.sitecapture.editcheck.Violation;
import org.trialstream.sitecapture.events.BrokerUnavailableException;
import org.trialstream.sitecapture.security.ForbiddenException;
import org.trialstream.sitecapture.security.Problems;

/**
 * The problem details (RFC 9457) of the API's own rejections, shared by the exception handler and the batch endpoint
 * (whose items carry the body the single endpoint would have answered). Failed checks are listed under
 * {@code errors}, each with {@code field}, {@code rule} and {@code message}.
 */
public final class ProblemDetails {

	private ProblemDetails() {
	}

	public static ProblemDetail of(RuntimeException exception) {
		return switch (exception) {
			case EditCheckException rejected -> checks(HttpStatus.UNPROCESSABLE_CONTENT, rejected.kind().slug(),
					rejected.kind().title(), rejected.violations().size() + " check(s) failed; nothing was written.",
					rejected.violations());
			case ForbiddenException forbidden -> Problems.forbidden();
			case AccessDeniedException denied -> Problems.forbidden();
			case NotFoundException notFound -> problem(HttpStatus.NOT_FOUND, "not-found", notFound.getMessage());
			case BrokerUnavailableException unavailable -> problem(HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable",
					"The broker did not acknowledge the write in time, so it is not confirmed. "
							+ "Retry with the same Idempotency-Key.");
			default -> problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error.");
		};
	}

	public static ProblemDetail checks(HttpStatus status, String slug, String title, String detail,
			List<Violation> violations) {
		ProblemDetail problem = problem(status, slug, detail);
		problem.setTitle(title);
		problem.setProperty("errors", violations);
		return problem;
	}

	public static ProblemDetail problem(HttpStatus status, String slug, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:trialstream:problem:" + slug));
		return problem;
	}

}
