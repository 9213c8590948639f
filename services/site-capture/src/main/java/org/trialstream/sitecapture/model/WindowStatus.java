package org.trialstream.sitecapture.model;

/** Where a visit fell against its protocol window. */
public enum WindowStatus {

	IN_WINDOW, EARLY, LATE, UNSCHEDULED;

	public boolean deviates() {
		return this == EARLY || this == LATE;
	}

}
