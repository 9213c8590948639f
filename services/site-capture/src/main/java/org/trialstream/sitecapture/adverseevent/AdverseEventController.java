package org.trialstream.sitecapture.adverseevent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trialstream.sitecapture.model.AdverseEventCase;
import org.trialstream.sitecapture.security.Actor;

/**
 * {@code POST .../subjects/{subjectId}/adverse-events} reports an adverse event;
 * {@code POST .../adverse-events/{aeId}/follow-ups} sends a follow-up with a reason. 201 once the broker
 * acknowledged.
 */
@RestController
@RequestMapping("/api/v1/trials/{trialId}/subjects/{subjectId}/adverse-events")
class AdverseEventController {

	private final AdverseEventService adverseEvents;

	AdverseEventController(AdverseEventService adverseEvents) {
		this.adverseEvents = adverseEvents;
	}

	@Operation(summary = "Report an adverse event",
			description = "A serious event names at least one seriousness criterion; grade 5 has outcome FATAL.")
	@PostMapping
	ResponseEntity<AdverseEventResponse> report(@PathVariable String trialId, @PathVariable String subjectId,
			@RequestBody AdverseEventCase adverseEvent, @Parameter(hidden = true) Actor actor,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(adverseEvents.report(actor, trialId, subjectId, adverseEvent, idempotencyKey));
	}

	@Operation(summary = "Follow up an adverse event", description = "Send the reason and the complete case.")
	@PostMapping("/{adverseEventId}/follow-ups")
	ResponseEntity<AdverseEventResponse> followUp(@PathVariable String trialId, @PathVariable String subjectId,
			@PathVariable String adverseEventId, @RequestBody FollowUpRequest followUp,
			@Parameter(hidden = true) Actor actor,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(adverseEvents.followUp(actor, trialId, subjectId, adverseEventId, followUp, idempotencyKey));
	}

}
