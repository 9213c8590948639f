package org.trialstream.outcome.subject;

import java.util.List;

/**
 * A visit's values as last recorded or corrected; a correction replaces them here (the topic keeps the history).
 *
 * @param visitId the visit's id
 * @param visitCode scheduled visit code (or an unscheduled code)
 * @param studyDay study day of the visit
 * @param outOfWindow recorded EARLY or LATE against the schedule
 * @param correctionNumber 0 as first recorded, then the number of the correction applied
 * @param limbs limb assessments
 * @param hba1cPercent HbA1c, where recorded
 * @param dailyInsulinUnits daily insulin dose, where recorded
 * @param severeHypoglycaemiaEvents severe hypoglycaemic events since the last visit, where recorded
 */
public record VisitEntry(String visitId, String visitCode, int studyDay, boolean outOfWindow, int correctionNumber,
		List<LimbMeasures> limbs, Double hba1cPercent, Double dailyInsulinUnits, Integer severeHypoglycaemiaEvents) {

	public VisitEntry {
		limbs = limbs == null ? List.of() : List.copyOf(limbs);
	}

	public LimbMeasures limb(String laterality) {
		for (LimbMeasures limb : limbs) {
			if (limb.laterality().equals(laterality)) {
				return limb;
			}
		}
		return null;
	}

}
