package org.trialstream.outcome.unblinding;

import java.time.Instant;
import java.util.UUID;

/** The answer to an unblinding: the event written, who, when and why. */
public record UnblindingRecorded(UUID eventId, String trialId, String actorId, String actorRole, Instant unblindedAt,
		String reason) {
}
