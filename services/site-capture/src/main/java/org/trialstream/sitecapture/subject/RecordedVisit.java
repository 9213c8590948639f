package org.trialstream.sitecapture.subject;

import org.trialstream.sitecapture.model.Visit;
import org.trialstream.sitecapture.model.WindowStatus;

/**
 * A visit as currently recorded (the latest correction applied), as a reader sees it; the events keep every earlier
 * version.
 *
 * @param visitId platform-assigned id, stable across corrections
 * @param studyDay days since enrolment
 * @param windowStatus where the visit fell against its window
 * @param corrections how many corrections were recorded
 * @param visit the current content, read back from the topic
 */
public record RecordedVisit(String visitId, int studyDay, WindowStatus windowStatus, int corrections, Visit visit) {
}
