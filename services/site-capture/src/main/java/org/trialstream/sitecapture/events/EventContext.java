package org.trialstream.sitecapture.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.trialstream.sitecapture.security.Actor;

/**
 * Who wrote, for which trial and site, under which request: the server-side part of every event's metadata.
 *
 * @param trialId the trial
 * @param siteId the subject's site (from the platform's records, never from the client)
 * @param actor the authenticated user
 * @param correlationId the Idempotency-Key, or a request id when there was none
 * @param recordedAt when the platform recorded the write (UTC)
 */
public record EventContext(String trialId, String siteId, Actor actor, String correlationId, Instant recordedAt) {

	/** The context of a write now; without an Idempotency-Key the correlation id is a fresh request id. */
	public static EventContext of(String trialId, String siteId, Actor actor, String idempotencyKey, Instant now) {
		return new EventContext(trialId, siteId, actor,
				idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString(),
				now.truncatedTo(ChronoUnit.MILLIS));
	}

}
