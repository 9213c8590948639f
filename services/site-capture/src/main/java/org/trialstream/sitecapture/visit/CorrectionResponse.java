package org.trialstream.sitecapture.visit;

import java.util.List;

import org.trialstream.sitecapture.model.FieldChange;

/**
 * A recorded correction.
 *
 * @param visitId the corrected visit
 * @param correctionNumber 1 for the first correction of the visit, then 2, 3, ...
 * @param changes the changed fields with previous and new values
 */
public record CorrectionResponse(String visitId, int correctionNumber, List<FieldChange> changes) {
}
