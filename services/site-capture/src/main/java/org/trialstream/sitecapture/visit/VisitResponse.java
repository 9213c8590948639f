package org.trialstream.sitecapture.visit;

import org.trialstream.sitecapture.model.WindowStatus;

/**
 * A recorded visit as the site is told about it.
 *
 * @param subjectId the subject
 * @param visitId the platform-assigned visit id (for corrections)
 * @param visitCode the visit code
 * @param studyDay days since enrolment
 * @param windowStatus where the visit fell against its window
 * @param deviation the protocol deviation recorded with it, if out of window
 */
public record VisitResponse(String subjectId, String visitId, String visitCode, int studyDay,
		WindowStatus windowStatus, String deviation) {
}
