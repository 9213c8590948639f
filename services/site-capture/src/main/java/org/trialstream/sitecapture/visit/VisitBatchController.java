package org.trialstream.sitecapture.visit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.trialstream.sitecapture.security.Actor;

/**
 * {@code POST /api/v1/trials/{trialId}/visits:batch}: many visits in one request; 200 once every accepted item was
 * acknowledged by the broker, with one outcome per item.
 */
@RestController
class VisitBatchController {

	private final VisitBatchService batches;

	VisitBatchController(VisitBatchService batches) {
		this.batches = batches;
	}

	@Operation(summary = "Record many visits",
			description = "200 with one outcome per item: 201 and the visit, or the status and problem details the "
					+ "single-visit endpoint would give. Items with 503 were not confirmed: resend them.")
	@PostMapping("/api/v1/trials/{trialId}/visits:batch")
	VisitBatch.Response record(@PathVariable String trialId, @RequestBody VisitBatch.Request batch,
			@Parameter(hidden = true) Actor actor,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		return batches.record(actor, trialId, batch, idempotencyKey);
	}

}
