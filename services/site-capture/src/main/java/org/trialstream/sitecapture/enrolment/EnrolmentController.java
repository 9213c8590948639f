package org.trialstream.sitecapture.enrolment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.trialstream.sitecapture.security.Actor;

/** {@code POST /api/v1/trials/{trialId}/subjects}: a site enrols a subject; 201 once the broker acknowledged. */
@RestController
class EnrolmentController {

	private final EnrolmentService enrolments;

	EnrolmentController(EnrolmentService enrolments) {
		this.enrolments = enrolments;
	}

	@Operation(summary = "Enrol a subject at the caller's site",
			description = "Checks eligibility, randomises (permuted blocks per site) and assigns the subject id. "
					+ "In a blinded trial the response carries the kit number, never the arm.")
	@PostMapping("/api/v1/trials/{trialId}/subjects")
	ResponseEntity<EnrolmentResponse> enrol(@PathVariable String trialId, @RequestBody EnrolmentRequest request,
			@Parameter(hidden = true) Actor actor,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		EnrolmentResponse enrolled = enrolments.enrol(actor, trialId, request, idempotencyKey);
		return ResponseEntity
			.created(UriComponentsBuilder.fromPath("/api/v1/trials/{trialId}/subjects/{subjectId}")
				.buildAndExpand(trialId, enrolled.subjectId())
				.encode()
				.toUri())
			.body(enrolled);
	}

}
