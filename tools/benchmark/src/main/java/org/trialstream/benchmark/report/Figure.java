package org.trialstream.benchmark.report;

import java.util.Optional;

/**
 * One measured figure, with the floor figure it is compared to and the goal it is held to, when either applies.
 *
 * @param measure the measure it belongs to, e.g. ingest
 * @param name what it is, e.g. "single visit p99 at 5,000/s"
 * @param value the value, in {@code unit}
 * @param unit ms, records/s, MB, s, ...
 * @param floor the floor's figure of the same kind (same unit), or null
 * @param goal the goal, or null
 * @param note a short remark (conditions, errors), or empty
 */
public record Figure(String measure, String name, double value, String unit, Double floor, Goal goal, String note) {

	public Figure {
		note = note == null ? "" : note;
	}

	public static Figure of(String measure, String name, double value, String unit) {
		return new Figure(measure, name, value, unit, null, null, "");
	}

	public Figure againstFloor(Double floorValue) {
		return new Figure(measure, name, value, unit, floorValue, goal, note);
	}

	public Figure withGoal(Goal newGoal) {
		return new Figure(measure, name, value, unit, floor, newGoal, note);
	}

	public Figure withNote(String newNote) {
		return new Figure(measure, name, value, unit, floor, goal, newNote);
	}

	/** value / floor: how many floors a latency costs, or which share of the floor's rate a throughput reaches. */
	public Optional<Double> floorRatio() {
		return floor == null || floor <= 0 || Double.isNaN(value) ? Optional.empty() : Optional.of(value / floor);
	}

	public Optional<Boolean> meetsGoal() {
		return Optional.ofNullable(goal).map(g -> g.metBy(value));
	}

}
