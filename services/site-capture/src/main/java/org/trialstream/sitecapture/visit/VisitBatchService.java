package org.trialstream.sitecapture.visit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.editcheck.EditCheckException;
import org.trialstream.sitecapture.events.CaptureEventPublisher;
import org.trialstream.sitecapture.events.OutgoingEvent;
import org.trialstream.sitecapture.security.Actor;
import org.trialstream.sitecapture.web.ProblemDetails;

/**
 * Records many visits at once, each accepted or rejected on its own with the status and body the single-visit
 * endpoint would give. The accepted items are sent together and all acknowledgements awaited with one deadline, so
 * a batch costs about one broker round trip; an item the broker did not acknowledge in time is reported as 503.
 */
@Service
public class VisitBatchService {

	private final VisitService visits;

	private final CaptureEventPublisher publisher;

	private final int maxItems;

	public VisitBatchService(VisitService visits, CaptureEventPublisher publisher, SiteCaptureProperties properties) {
		this.visits = visits;
		this.publisher = publisher;
		this.maxItems = properties.maxBatchItems();
	}

	public VisitBatch.Response record(Actor actor, String trialId, VisitBatch.Request batch, String idempotencyKey) {
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
				// Each item's events carry the batch's key with the item's position as their correlation id.
				prepared.add(visits.prepare(actor, trialId, item.subjectId(), item.visit(),
						idempotencyKey == null ? null : idempotencyKey + "#" + i, "visits[" + i + "].visit."));
				preparedIndex.add(i);
				outcomes.add(null);
			}
			catch (RuntimeException rejected) {
				outcomes.add(rejection(i, item, rejected));
			}
		}
		List<CaptureEventPublisher.Published> published = publisher
			.publishEach(prepared.stream().map(VisitService.PreparedVisit::events).toList());
		for (int p = 0; p < prepared.size(); p++) {
			VisitService.PreparedVisit visit = prepared.get(p);
			int index = preparedIndex.get(p);
			if (published.get(p).failure() == null) {
				visit.hold(published.get(p).storedAt().getFirst());
				outcomes.set(index,
						new VisitBatch.Outcome(index, visit.response().subjectId(), 201, visit.response(), null));
			}
			else {
				outcomes.set(index, rejection(index, batch.visits().get(index), published.get(p).failure()));
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
