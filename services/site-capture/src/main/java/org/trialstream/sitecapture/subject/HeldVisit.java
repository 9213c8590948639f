package org.trialstream.sitecapture.subject;

import java.util.UUID;

import org.trialstream.sitecapture.events.StoredAt;
import org.trialstream.sitecapture.model.WindowStatus;

/**
 * What the service holds of a recorded visit: enough for the checks and the answers, with the position of its
 * current version on the topic for anything that needs its content.
 *
 * @param key the visit id as a UUID (see {@link #keyOf(String)})
 * @param studyDay days since enrolment, as currently recorded
 * @param windowStatus where the visit fell against its window
 * @param corrections how many corrections were recorded
 * @param storedAt where its current version (the visit or its latest correction) is on the topic
 */
public record HeldVisit(UUID key, int studyDay, WindowStatus windowStatus, int corrections, StoredAt storedAt) {

	public static HeldVisit recorded(String visitId, int studyDay, WindowStatus windowStatus, StoredAt storedAt) {
		return new HeldVisit(keyOf(visitId), studyDay, windowStatus, 0, storedAt);
	}

	public HeldVisit corrected(int correctionNumber, int studyDayAfter, WindowStatus statusAfter,
			StoredAt correctedAt) {
		return new HeldVisit(key, studyDayAfter, statusAfter, correctionNumber, correctedAt);
	}

	/**
	 * Visit ids are UUIDs the service assigns; held as two longs. An id that is not a UUID in its canonical form
	 * (written by someone else) is held by a name-based UUID of it, and looked up the same way.
	 */
	public static UUID keyOf(String visitId) {
		try {
			UUID uuid = UUID.fromString(visitId);
			if (uuid.toString().equals(visitId)) {
				return uuid;
			}
		}
		catch (IllegalArgumentException ex) {
			// not a UUID: held by its name-based UUID below
		}
		return UUID.nameUUIDFromBytes(visitId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
