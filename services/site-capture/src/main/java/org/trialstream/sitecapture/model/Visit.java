package org.trialstream.sitecapture.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a site records at a visit; the whole content, so a correction carries it complete.
 *
 * @param visitCode protocol visit code (e.g. D28) or UNSCHEDULED
 * @param visitDate date of the visit
 * @param limbs per-limb assessments
 * @param labs laboratory results
 * @param vitals vital signs, if taken
 * @param hba1cPercent HbA1c (NGSP) where the trial records it
 * @param dailyInsulinUnits total daily insulin dose where the trial records it
 * @param severeHypoglycaemiaEvents events since the last visit where the trial records them
 */
public record Visit(String visitCode, LocalDate visitDate, List<LimbAssessment> limbs, List<Lab> labs, Vitals vitals,
		Double hba1cPercent, Double dailyInsulinUnits, Integer severeHypoglycaemiaEvents) {

	public static final String UNSCHEDULED = "UNSCHEDULED";

	public Visit {
		limbs = Lists.copy(limbs);
		labs = Lists.copy(labs);
	}

	public Visit withLabs(List<Lab> newLabs) {
		return new Visit(visitCode, visitDate, limbs, newLabs, vitals, hba1cPercent, dailyInsulinUnits,
				severeHypoglycaemiaEvents);
	}

}
