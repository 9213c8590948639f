package org.trialstream.outcome.statistics;

/**
 * What the closure rule needs from one visit's wound assessment.
 *
 * @param studyDay the visit's study day
 * @param areaCm2 the wound area, null if not measured
 * @param reEpithelialisationPercent 0-100, null if not recorded
 * @param drainage whether the wound drains, null if not recorded
 * @param reportedClosed the investigator's closure status says CLOSED
 */
public record WoundVisit(int studyDay, Double areaCm2, Integer reEpithelialisationPercent, Boolean drainage,
		boolean reportedClosed) {

	/**
	 * Closed at this visit: 100 % re-epithelialised without drainage. Where re-epithelialisation was not recorded,
	 * the investigator's CLOSED status stands in for it; recorded drainage always means open.
	 */
	public boolean closed() {
		if (Boolean.TRUE.equals(drainage)) {
			return false;
		}
		return reEpithelialisationPercent != null ? reEpithelialisationPercent >= 100 : reportedClosed;
	}

}
