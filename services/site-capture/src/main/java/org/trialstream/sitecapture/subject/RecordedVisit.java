package org.trialstream.sitecapture.subject;

import org.trialstream.sitecapture.model.Visit;
import org.trialstream.sitecapture.model.WindowStatus;

/**
 * A visit as currently recorded (the latest correction applied); the events keep every earlier version.
 *
 * @param visitId platform-assigned id, stable across corrections
 * @param studyDay days since enrolment
 * @param windowStatus where the visit fell against its window
 * @param corrections how many corrections were recorded
 * @param visit the current content
 */
public record RecordedVisit(String visitId, int studyDay, WindowStatus windowStatus, int corrections, Visit visit) {

	public RecordedVisit corrected(Visit corrected, int studyDayAfter, WindowStatus statusAfter) {
		return new RecordedVisit(visitId, studyDayAfter, statusAfter, corrections + 1, corrected);
	}

}
