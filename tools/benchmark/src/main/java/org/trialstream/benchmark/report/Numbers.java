package org.trialstream.benchmark.report;

import java.util.Locale;

/** Numbers as the report prints them: three significant digits, thousands separated, no exponent. */
final class Numbers {

	private Numbers() {
	}

	static String format(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "-";
		}
		double magnitude = Math.abs(value);
		if (magnitude >= 100 || value == Math.rint(value) && magnitude >= 1) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		if (magnitude >= 10) {
			return String.format(Locale.ROOT, "%.1f", value);
		}
		if (magnitude >= 1) {
			return String.format(Locale.ROOT, "%.2f", value);
		}
		return String.format(Locale.ROOT, "%.3f", value);
	}

	static String ratio(double ratio) {
		if (ratio >= 100) {
			return String.format(Locale.ROOT, "x%,.0f", ratio);
		}
		if (ratio >= 10) {
			return String.format(Locale.ROOT, "x%.1f", ratio);
		}
		if (ratio >= 0.1) {
			return String.format(Locale.ROOT, "x%.2f", ratio);
		}
		return String.format(Locale.ROOT, "x%.3f", ratio);
	}

}
