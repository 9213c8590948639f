package org.trialstream.sitecapture.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.editcheck.EditCheckException;
import org.trialstream.sitecapture.editcheck.Violation;
import org.trialstream.sitecapture.events.BrokerUnavailableException;
import org.trialstream.sitecapture.security.ForbiddenException;
import org.trialstream.sitecapture.security.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as problem details: edit checks 422 with each failed check, unreadable bodies 400 naming the field
 * and a rule id (never echoing the input), 403/404, and 503 with Retry-After when the broker did not acknowledge.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	private final String retryAfterSeconds;

	ProblemAdvice(SiteCaptureProperties properties) {
		this.retryAfterSeconds = String.valueOf(Math.max(1, properties.retryAfter().toSeconds()));
	}

	/** The one 403 body of the API (see {@link Problems#forbiddenBody()}). */
	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ResponseEntity<Map<String, Object>> forbidden(RuntimeException exception) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.forbiddenBody());
	}

	@ExceptionHandler({ EditCheckException.class, NotFoundException.class, BrokerUnavailableException.class })
	ResponseEntity<ProblemDetail> rejected(RuntimeException exception) {
		ProblemDetail problem = ProblemDetails.of(exception);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
		if (exception instanceof BrokerUnavailableException) {
			response.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
		}
		return response.body(problem);
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<ProblemDetail> unexpected(RuntimeException exception) {
		log.error("Unexpected error", exception);
		return ResponseEntity.internalServerError().body(ProblemDetails.of(exception));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Violation violation = describe(ex.getMostSpecificCause(), ex.getCause());
		ProblemDetail problem = ProblemDetails.checks(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable body",
				"The request body is not valid JSON of the expected shape; nothing was written.", List.of(violation));
		return ResponseEntity.badRequest().body(problem);
	}

	private static Violation describe(Throwable mostSpecific, Throwable cause) {
		if (!(cause instanceof JacksonException json)) {
			return new Violation("", "json.missing", "a JSON body is required");
		}
		String field = path(json);
		if (json instanceof UnrecognizedPropertyException) {
			return new Violation(field, "json.unknown-field", "is not a field of this request");
		}
		if (json instanceof StreamConstraintsException || mostSpecific instanceof StreamConstraintsException) {
			return new Violation(field, "json.limits", "the document is nested too deeply or too large");
		}
		if (json instanceof StreamReadException) {
			return new Violation(field, "json.malformed", "is not well-formed JSON");
		}
		return new Violation(field, "json.type", "has the wrong type or an unknown value");
	}

	private static String path(JacksonException json) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : json.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
