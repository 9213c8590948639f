package org.trialstream.outcome.subject;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A visit's values as recorded or as corrected. Each version is kept (the topology stores every correction under a
 * key of its own, so it never reads before it writes); {@link #supersedes} picks the one that counts.
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
 * @param occurredAt when the event that recorded or corrected the visit occurred (null if stored before it was kept)
 */
public record VisitEntry(String visitId, String visitCode, int studyDay, boolean outOfWindow, int correctionNumber,
		List<LimbMeasures> limbs, Double hba1cPercent, Double dailyInsulinUnits, Integer severeHypoglycaemiaEvents,
		Instant occurredAt) {

	public VisitEntry {
		limbs = limbs == null ? List.of() : List.copyOf(limbs);
	}

	/**
	 * Whether this version of the visit counts instead of {@code other} (a version of the same visit, or null): the
	 * higher correction number; of two with the same number, the later event (as the later write did before).
	 */
	public boolean supersedes(VisitEntry other) {
		if (other == null || correctionNumber != other.correctionNumber) {
			return other == null || correctionNumber > other.correctionNumber;
		}
		return other.occurredAt == null || occurredAt != null && !occurredAt.isBefore(other.occurredAt);
	}

	/** Adds {@code visit} to {@code byId} (visit id to the version that counts) unless a superseding one is there. */
	public static void collect(Map<String, VisitEntry> byId, VisitEntry visit) {
		byId.merge(visit.visitId(), visit, (held, added) -> added.supersedes(held) ? added : held);
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
