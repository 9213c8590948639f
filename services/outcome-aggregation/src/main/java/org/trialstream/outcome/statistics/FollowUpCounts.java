package org.trialstream.outcome.statistics;

import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Follow-up grouped by time: how many units left at each time, by the way they left (an event, a cause, censoring,
 * as the table using it numbers them). A unit's observation can be subtracted again, and a time no unit left at any
 * more disappears, so a group's table follows its units as they change instead of being rebuilt from all of them.
 */
final class FollowUpCounts {

	private final NavigableMap<Double, int[]> byTime = new TreeMap<>();

	private int units;

	/**
	 * @param sign 1 to add a unit's observation, -1 to take it out again
	 * @param observation what was observed, named in the error when it was never added
	 */
	void change(double time, int way, int sign, Object observation) {
		int[] counts = byTime.computeIfAbsent(time, t -> new int[way + 1]);
		if (counts.length <= way) {
			counts = Arrays.copyOf(counts, way + 1);
			byTime.put(time, counts);
		}
		counts[way] += sign;
		if (counts[way] < 0) {
			throw new IllegalStateException("removed an observation that was never added: " + observation);
		}
		if (Arrays.stream(counts).allMatch(n -> n == 0)) {
			byTime.remove(time);
		}
		units += sign;
	}

	int units() {
		return units;
	}

	/** Distinct times in ascending order with the number leaving each way (absent ways at the end count 0). */
	Iterable<Map.Entry<Double, int[]>> times() {
		return byTime.entrySet();
	}

}
