package org.trialstream.outcome.reporting;

import java.time.Instant;

/** The trial's unblinding: when, by whom, why. */
public record Unblinding(Instant at, String actorId, String reason) {
}
