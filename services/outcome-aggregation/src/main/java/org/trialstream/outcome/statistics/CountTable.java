package org.trialstream.outcome.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reported counts with the additive relations between them: each {@link Margin} says a total cell is the sum of its
 * member cells (arms add up to the pooled count, grades to all events, sites to enrolment). Suppression must respect
 * every margin, or a hidden cell could be recovered by subtraction.
 */
public final class CountTable {

	private final Map<String, Integer> cells = new LinkedHashMap<>();

	private final List<Margin> margins = new ArrayList<>();

	/** A total cell and the cells that add up to it. */
	public record Margin(String total, List<String> members) {

		public Margin {
			if (members.isEmpty()) {
				throw new IllegalArgumentException("a margin needs members: " + total);
			}
			members = List.copyOf(members);
		}

	}

	public CountTable cell(String id, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must be >= 0: " + id);
		}
		cells.put(id, count);
		return this;
	}

	public CountTable margin(String total, List<String> members) {
		List<String> all = new ArrayList<>(members);
		all.add(total);
		for (String id : all) {
			if (!cells.containsKey(id)) {
				throw new IllegalArgumentException("unknown cell " + id);
			}
		}
		margins.add(new Margin(total, members));
		return this;
	}

	public Map<String, Integer> cells() {
		return Map.copyOf(cells);
	}

	public List<Margin> margins() {
		return List.copyOf(margins);
	}

	public int count(String id) {
		Integer value = cells.get(id);
		if (value == null) {
			throw new IllegalArgumentException("unknown cell " + id);
		}
		return value;
	}

}
