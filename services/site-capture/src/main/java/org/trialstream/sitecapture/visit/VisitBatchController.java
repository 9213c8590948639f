package org.trialstream.sitecapture.visit;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.editcheck.EditCheckException;
import org.trialstream.sitecapture.events.BrokerUnavailableException;
import org.trialstream.sitecapture.events.CaptureEventPublisher;
import org.trialstream.sitecapture.events.OutgoingEvent;
import org.trialstream.sitecapture.security.Actor;
import org.trialstream.sitecapture.web.ProblemDetails;

/**
 * {@code POST /api/v1/trials/{trialId}/visits:batch}: many visits in one request, each accepted or rejected on its
 * own with the status and body the single-visit endpoint would give. Accepted items are written concurrently and the
 * response goes out only after the broker acknowledged each of them (an item it did not acknowledge in time is 503).
 */
@RestController
class VisitBatchController {

	private final VisitService visits;

	private final CaptureEventPublisher publisher;

	private final int maxItems;

	VisitBatchController(VisitService visits, CaptureEventPublisher publisher, SiteCaptureProperties properties) {
		this.visits = visits;
		this.publisher = publisher;
		this.maxItems = properties.maxBatchItems();
	}

	@Operation(summary = "Record many visits",
			description = "200 with one outcome per item: 201 and the visit, or the item's problem details.")
	@PostMapping("/api/v1/trials/{trialId}/visits:batch")
	VisitBatch.Response record(@PathVariable String trialId, @RequestBody VisitBatch.Request batch,
			@Parameter(hidden = true) Actor actor,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		if (batch.visits().isEmpty() || batch.visits().size() > maxItems) {
			throw EditCheckException.single("visits", "batch.size", "must hold 1 to " + maxItems + " visits");
		}
		List<VisitBatch.Outcome> outcomes = new ArrayList<>();
		List<VisitService.PreparedVisit> prepared = new ArrayList<>();
		List<Integer> preparedIndex = new ArrayList<>();
		for (int i = 0; i < batch.visits().size(); i++) {
			VisitBatch.Item item = batch.visits().get(i);
			try {
				if (item == null || item.subjectId() == null || item.visit() == null) {
					throw EditCheckException.single("visits[" + i + "]", "required",
							"each item needs a subjectId and a visit");
				}
				prepared.add(visits.prepare(actor, trialId, item.subjectId(), item.visit(),
						idempotencyKey == null ? null : idempotencyKey + "#" + i, "visits[" + i + "].visit."));
				preparedIndex.add(i);
				outcomes.add(null);
			}
			catch (RuntimeException rejected) {
				outcomes.add(rejection(i, item, rejected));
			}
		}
		List<List<OutgoingEvent>> events = prepared.stream().map(VisitService.PreparedVisit::events).toList();
		List<BrokerUnavailableException> failures = publisher.publishEach(events);
		for (int p = 0; p < prepared.size(); p++) {
			VisitService.PreparedVisit visit = prepared.get(p);
			int index = preparedIndex.get(p);
			if (failures.get(p) == null) {
				visit.state().put(visit.recorded());
				outcomes.set(index, new VisitBatch.Outcome(index, visit.response().subjectId(), 201, visit.response(),
						null));
			}
			else {
				outcomes.set(index, rejection(index, batch.visits().get(index), failures.get(p)));
			}
		}
		int accepted = (int) outcomes.stream().filter(outcome -> outcome.status() == 201).count();
		return new VisitBatch.Response(accepted, outcomes.size() - accepted, outcomes);
	}

	private static VisitBatch.Outcome rejection(int index, VisitBatch.Item item, RuntimeException rejected) {
		var problem = ProblemDetails.of(rejected);
		return new VisitBatch.Outcome(index, item == null ? null : item.subjectId(), problem.getStatus(), null,
				problem);
	}

}
