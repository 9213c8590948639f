package org.trialstream.outcome.unblinding;

/** Why the trial is unblinded (required, kept in the audit trail). */
public record UnblindingRequest(String reason) {
}
