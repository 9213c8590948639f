package org.trialstream.outcome.statistics;

import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Competing-risk follow-up grouped by time: how many units left at each time, by cause (0 censored). All the
 * Aalen-Johansen estimator needs; a unit's observation can be subtracted again, so the table follows changes.
 */
public final class CompetingRiskTable {

	private final NavigableMap<Double, int[]> byTime = new TreeMap<>();

	private int units;

	public CompetingRiskTable add(CompetingRiskObservation observation) {
		return change(observation, 1);
	}

	public CompetingRiskTable remove(CompetingRiskObservation observation) {
		return change(observation, -1);
	}

	private CompetingRiskTable change(CompetingRiskObservation observation, int sign) {
		int[] counts = byTime.computeIfAbsent(observation.time(), time -> new int[observation.cause() + 1]);
		if (counts.length <= observation.cause()) {
			counts = Arrays.copyOf(counts, observation.cause() + 1);
			byTime.put(observation.time(), counts);
		}
		counts[observation.cause()] += sign;
		if (counts[observation.cause()] < 0) {
			throw new IllegalStateException("removed an observation that was never added: " + observation);
		}
		if (Arrays.stream(counts).allMatch(n -> n == 0)) {
			byTime.remove(observation.time());
		}
		units += sign;
		return this;
	}

	public int units() {
		return units;
	}

	/** Distinct times in ascending order with the number leaving by cause (index 0: censored). */
	Iterable<Map.Entry<Double, int[]>> times() {
		return byTime.entrySet();
	}

}
