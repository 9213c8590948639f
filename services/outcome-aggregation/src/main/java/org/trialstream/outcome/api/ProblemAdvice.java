package org.trialstream.outcome.api;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.trialstream.outcome.reporting.BlindedReportException;
import org.trialstream.protocol.TrialProtocols;

/** Errors of the outcome API as RFC 9457 problem details. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(TrialProtocols.UnknownTrialException.class)
	ProblemDetail unknownTrial(TrialProtocols.UnknownTrialException ex) {
		return problem(HttpStatus.NOT_FOUND, "unknown-trial", ex.getMessage());
	}

	@ExceptionHandler(BlindedReportException.class)
	ProblemDetail blinded(BlindedReportException ex) {
		return problem(HttpStatus.FORBIDDEN, "trial-blinded", ex.getMessage());
	}

	@ExceptionHandler(ReportsUnavailableException.class)
	ResponseEntity<ProblemDetail> unavailable(ReportsUnavailableException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "reports-unavailable", ex.getMessage()));
	}

	@ExceptionHandler(org.trialstream.outcome.unblinding.UnblindingRejectedException.class)
	ProblemDetail rejected(org.trialstream.outcome.unblinding.UnblindingRejectedException ex) {
		return problem(ex.badRequest() ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT, ex.type(), ex.getMessage());
	}

	static ProblemDetail problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:trialstream:problem:" + type));
		return problem;
	}

}
