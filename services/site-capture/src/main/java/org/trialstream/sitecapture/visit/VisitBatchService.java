package org.trialstream.sitecapture.visit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.editcheck.EditCheckException;
import org.trialstream.sitecapture.events.CaptureEventPublisher;
import org.trialstream.sitecapture.security.Actor;
import org.trialstream.sitecapture.web.ProblemDetails;

/**
 * Records many visits at once, each accepted or rejected on its own with the status and body the single-visit
 * endpoint would give. Each accepted item is handed to the producer as soon as it passed its checks and all
 * acknowledgements are awaited with one deadline, so a batch costs about one broker round trip; an item the broker
 * did not acknowledge in time is reported as 503.
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

	/** An accepted item whose events are with the producer: only what its outcome needs, not its events. */
	private record InFlight(int index, VisitService.PreparedVisit visit, CaptureEventPublisher.Pending write) {
	}

	public VisitBatch.Response record(Actor actor, String trialId, VisitBatch.Request batch, String idempotencyKey) {
		if (batch.visits().isEmpty() || batch.visits().size() > maxItems) {
			throw EditCheckException.single("visits", "batch.size", "must hold 1 to " + maxItems + " visits");
		}
		List<VisitBatch.Outcome> outcomes = new ArrayList<>(batch.visits().size());
		List<InFlight> inFlight = new ArrayList<>(batch.visits().size());
		for (int i = 0; i < batch.visits().size(); i++) {
			VisitBatch.Item item = batch.visits().get(i);
			try {
				if (item == null || item.subjectId() == null || item.visit() == null) {
					throw EditCheckException.single("visits[" + i + "]", "required",
							"each item needs a subjectId and a visit");
				}
				// Each item's events carry the batch's key with the item's position as their correlation id.
				VisitService.PreparedVisit prepared = visits.prepare(actor, trialId, item.subjectId(), item.visit(),
						idempotencyKey == null ? null : idempotencyKey + "#" + i, "visits[" + i + "].visit.");
				// Sent at once: the producer serialises the events now, so they are garbage long before the
				// acknowledgements, and the broker round trips overlap the checks of the items that follow.
				inFlight.add(new InFlight(i, prepared.withoutEvents(), publisher.start(prepared.events())));
				outcomes.add(null);
			}
			catch (RuntimeException rejected) {
				outcomes.add(rejection(i, item, rejected));
			}
		}
		long deadline = publisher.deadlineFromNow();
		for (InFlight item : inFlight) {
			CaptureEventPublisher.Published published = publisher.await(item.write(), deadline);
			VisitResponse response = item.visit().response();
			if (published.failure() == null) {
				item.visit().hold(published.storedAt().getFirst());
				outcomes.set(item.index(), new VisitBatch.Outcome(item.index(), response.subjectId(), 201, response, null));
			}
			else {
				outcomes.set(item.index(), rejection(item.index(), batch.visits().get(item.index()), published.failure()));
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
