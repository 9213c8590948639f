package org.trialstream.sitecapture.editcheck;

import java.util.ArrayList;
import java.util.List;

/** Collects failed checks; the checks keep going after a failure so that every one is reported at once. */
public final class Violations {

	private final List<Violation> found = new ArrayList<>();

	public Violations add(String field, String rule, String message) {
		found.add(new Violation(field, rule, message));
		return this;
	}

	/** Records a {@code required} failure when value is null (or blank text); true if the value is present. */
	public boolean required(String field, Object value) {
		boolean present = value != null && !(value instanceof String text && text.isBlank());
		if (!present) {
			add(field, "required", "is required");
		}
		return present;
	}

	/** Checks min <= value <= max when the value is present. */
	public void range(String field, String rule, Number value, double min, double max, String unit) {
		if (value != null && (value.doubleValue() < min || value.doubleValue() > max || Double.isNaN(value.doubleValue()))) {
			add(field, rule, "must be between " + format(min) + " and " + format(max) + unit(unit));
		}
	}

	/** Checks value >= min when the value is present. */
	public void atLeast(String field, String rule, Number value, double min, String unit) {
		if (value != null && !(value.doubleValue() >= min)) {
			add(field, rule, "must be at least " + format(min) + unit(unit));
		}
	}

	public void maxLength(String field, String text, int max) {
		if (text != null && text.length() > max) {
			add(field, "length", "must be at most " + max + " characters");
		}
	}

	/*
	 * The same checks with the field's path given as its parent's path and its name, joined only when the check
	 * fails: a visit passes some sixty checks, and building every path up front was a tenth of its CPU.
	 */

	public boolean required(String at, String name, Object value) {
		boolean present = value != null && !(value instanceof String text && text.isBlank());
		if (!present) {
			add(join(at, name), "required", "is required");
		}
		return present;
	}

	public void range(String at, String name, String rule, Number value, double min, double max, String unit) {
		if (value != null && (value.doubleValue() < min || value.doubleValue() > max || Double.isNaN(value.doubleValue()))) {
			range(join(at, name), rule, value, min, max, unit);
		}
	}

	public void atLeast(String at, String name, String rule, Number value, double min, String unit) {
		if (value != null && !(value.doubleValue() >= min)) {
			atLeast(join(at, name), rule, value, min, unit);
		}
	}

	public void maxLength(String at, String name, String text, int max) {
		if (text != null && text.length() > max) {
			maxLength(join(at, name), text, max);
		}
	}

	/** {@code limbs[0]} and {@code wound} give {@code limbs[0].wound}; an empty parent or a prefix ending in a dot gives the name after it. */
	public static String join(String at, String name) {
		return at.isEmpty() || at.endsWith(".") ? at + name : at + "." + name;
	}

	public Violations addAll(Violations other) {
		found.addAll(other.found);
		return this;
	}

	/** Adds {@code relative}'s failures with their paths put under {@code at} (an empty path becomes {@code at}). */
	public Violations addAllUnder(String at, Violations relative) {
		for (Violation violation : relative.found) {
			String field = violation.field().isEmpty() ? at : join(at, violation.field());
			found.add(new Violation(field, violation.rule(), violation.message()));
		}
		return this;
	}

	public boolean isEmpty() {
		return found.isEmpty();
	}

	public List<Violation> list() {
		return List.copyOf(found);
	}

	/** Throws {@link EditCheckException} of the given kind if any check failed. */
	public void throwIfAny(EditCheckException.Kind kind) {
		if (!found.isEmpty()) {
			throw new EditCheckException(kind, list());
		}
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

	private static String unit(String unit) {
		return unit == null || unit.isEmpty() ? "" : " " + unit;
	}

}
