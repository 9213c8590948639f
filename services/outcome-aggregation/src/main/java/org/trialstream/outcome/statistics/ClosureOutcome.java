package org.trialstream.outcome.statistics;

/**
 * A wound's closure status under the two-visit rule.
 *
 * @param closureDay study day of the first of the two confirming visits, null if closure is not confirmed
 * @param awaitingConfirmation the last visit found the wound closed and no confirming visit has happened yet
 * @param lastVisitDay study day of the last visit (the censoring time when not closed), null without visits
 */
public record ClosureOutcome(Integer closureDay, boolean awaitingConfirmation, Integer lastVisitDay) {

	public boolean confirmed() {
		return closureDay != null;
	}

	/** Time to confirmed closure, or censored at the last visit. Null without visits. */
	public SurvivalObservation asSurvival() {
		if (closureDay != null) {
			return SurvivalObservation.event(closureDay);
		}
		return lastVisitDay == null ? null : SurvivalObservation.censored(Math.max(0, lastVisitDay));
	}

}
