package org.trialstream.sitecapture.adverseevent;

/**
 * A recorded report or follow-up.
 *
 * @param subjectId the subject
 * @param adverseEventId the platform-assigned case id, stable across follow-ups
 * @param followUpNumber 0 for the initial report, then 1, 2, ...
 */
public record AdverseEventResponse(String subjectId, String adverseEventId, int followUpNumber) {
}
