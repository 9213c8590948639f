package org.trialstream.outcome.unblinding;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.trialstream.avro.Topics;
import org.trialstream.avro.common.Actor;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.avro.outcome.TrialUnblinded;

/**
 * Writes TrialUnblinded to outcome.trial-unblinded.v1 (key trialId:*) and returns only once the broker has
 * acknowledged it.
 */
@Component
class UnblindingPublisher {

	private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

	private final KafkaTemplate<String, SpecificRecord> kafka;

	UnblindingPublisher(KafkaTemplate<String, SpecificRecord> kafka) {
		this.kafka = kafka;
	}

	UnblindingRecorded publish(String trialId, String actorId, ActorRole role, String reason) {
		Instant now = Instant.now();
		UUID eventId = UUID.randomUUID();
		TrialUnblinded event = TrialUnblinded.newBuilder()
			.setMetadata(EventMetadata.newBuilder()
				.setEventId(eventId)
				.setOccurredAt(now)
				.setRecordedAt(now)
				.setSource("outcome-aggregation")
				.setTrialId(trialId)
				.setSiteId("ALL")
				.setActor(new Actor(actorId, role))
				.build())
			.setReason(reason)
			.build();
		try {
			kafka.send(Topics.TRIAL_UNBLINDED, Topics.trialKey(trialId), event)
				.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while recording the unblinding", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The broker did not acknowledge the unblinding of " + trialId, ex);
		}
		return new UnblindingRecorded(eventId, trialId, actorId, role.name(), now, reason);
	}

}
