package org.trialstream.sitecapture.visit;

import org.trialstream.sitecapture.model.Visit;

/**
 * A correction: why, and the complete visit as it should read.
 *
 * @param reason why the values change (required, stored verbatim)
 * @param visit the complete corrected visit
 */
public record CorrectionRequest(String reason, Visit visit) {
}
