package org.trialstream.outcome.statistics;

import java.util.Map;

/**
 * Competing-risk follow-up grouped by time: how many units left at each time, by cause (0 censored). All the
 * Aalen-Johansen estimator needs; a unit's observation can be subtracted again, so the table follows changes.
 */
public final class CompetingRiskTable {

	private final FollowUpCounts counts = new FollowUpCounts();

	public CompetingRiskTable add(CompetingRiskObservation observation) {
		counts.change(observation.time(), observation.cause(), 1, observation);
		return this;
	}

	public CompetingRiskTable remove(CompetingRiskObservation observation) {
		counts.change(observation.time(), observation.cause(), -1, observation);
		return this;
	}

	public int units() {
		return counts.units();
	}

	/** Distinct times in ascending order with the number leaving by cause (index 0: censored). */
	Iterable<Map.Entry<Double, int[]>> times() {
		return counts.times();
	}

}
