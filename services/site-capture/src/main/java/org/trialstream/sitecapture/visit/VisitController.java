package org.trialstream.sitecapture.visit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import org.trialstream.sitecapture.model.Visit;
import org.trialstream.sitecapture.security.Actor;
import org.trialstream.sitecapture.subject.RecordedVisit;

/**
 * {@code POST .../subjects/{subjectId}/visits} records a visit (201 once the broker acknowledged, also when out of
 * window, with a deviation); {@code POST .../visits/{visitId}/corrections} corrects one with a reason.
 */
@RestController
@RequestMapping("/api/v1/trials/{trialId}/subjects/{subjectId}/visits")
class VisitController {

	private final VisitService visits;

	VisitController(VisitService visits) {
		this.visits = visits;
	}

	@Operation(summary = "Record a visit",
			description = "Edit checks answer 422 with every failed check (field path and rule id). A visit outside "
					+ "its window is accepted and a protocol deviation is recorded with it.")
	@PostMapping
	ResponseEntity<VisitResponse> record(@PathVariable String trialId, @PathVariable String subjectId,
			@RequestBody Visit visit, @Parameter(hidden = true) Actor actor,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		VisitResponse recorded = visits.record(actor, trialId, subjectId, visit, idempotencyKey);
		return ResponseEntity
			.created(UriComponentsBuilder.fromPath("/api/v1/trials/{trialId}/subjects/{subjectId}/visits/{visitId}")
				.buildAndExpand(trialId, subjectId, recorded.visitId())
				.encode()
				.toUri())
			.body(recorded);
	}

	@Operation(summary = "Correct a visit",
			description = "Send the reason and the complete corrected visit; the response lists the changed fields.")
	@PostMapping("/{visitId}/corrections")
	ResponseEntity<CorrectionResponse> correct(@PathVariable String trialId, @PathVariable String subjectId,
			@PathVariable String visitId, @RequestBody CorrectionRequest correction,
			@Parameter(hidden = true) Actor actor,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(visits.correct(actor, trialId, subjectId, visitId, correction, idempotencyKey));
	}

	@Operation(summary = "Read a visit as currently recorded (latest correction applied)")
	@GetMapping("/{visitId}")
	RecordedVisit read(@PathVariable String trialId, @PathVariable String subjectId, @PathVariable String visitId,
			@Parameter(hidden = true) Actor actor) {
		return visits.find(actor, trialId, subjectId, visitId);
	}

}
