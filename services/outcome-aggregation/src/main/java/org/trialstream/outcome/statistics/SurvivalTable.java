package org.trialstream.outcome.statistics;

import java.util.Map;

/**
 * Follow-up times grouped by time: how many units had the event and how many were censored at each time. All the
 * Kaplan-Meier estimator needs, and a unit can be taken out again (its observation subtracted), so a group's table is
 * kept up to date as units change instead of being rebuilt from every unit.
 */
public final class SurvivalTable {

	private static final int EVENTS = 0;

	private static final int CENSORED = 1;

	private final FollowUpCounts counts = new FollowUpCounts();

	public SurvivalTable add(SurvivalObservation observation) {
		return change(observation, 1);
	}

	public SurvivalTable remove(SurvivalObservation observation) {
		return change(observation, -1);
	}

	private SurvivalTable change(SurvivalObservation observation, int sign) {
		counts.change(observation.time(), observation.event() ? EVENTS : CENSORED, sign, observation);
		return this;
	}

	/** Units in the table. */
	public int units() {
		return counts.units();
	}

	/** Distinct times in ascending order with their event and censoring counts. */
	Iterable<Map.Entry<Double, int[]>> times() {
		return counts.times();
	}

	static int events(int[] counts) {
		return counts[EVENTS];
	}

	static int censored(int[] counts) {
		return counts.length > CENSORED ? counts[CENSORED] : 0;
	}

}
