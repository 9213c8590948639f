package org.trialstream.adverseevent.assessment;

import java.util.OptionalDouble;

/**
 * Converts lab values to the unit the CTCAE bands are written in here: g/L for haemoglobin and albumin, 10*9/L for
 * cell counts, umol/L for creatinine and bilirubin, plain ratio for INR. A unit it does not know is not graded:
 * guessing a factor could hide a grade 4 or invent one.
 */
public final class LabUnits {

	private static final double CREATININE_UMOL_PER_MG = 88.42;

	private static final double BILIRUBIN_UMOL_PER_MG = 17.1;

	private LabUnits() {
	}

	public static OptionalDouble toCanonical(LabAnalyte analyte, double value, String unit) {
		OptionalDouble factor = factor(analyte, normalise(unit));
		return factor.isPresent() ? OptionalDouble.of(value * factor.getAsDouble()) : OptionalDouble.empty();
	}

	/** Converts a limit given in {@code unit}; null stays null. */
	public static Double limitToCanonical(LabAnalyte analyte, Double limit, String unit) {
		if (limit == null) {
			return null;
		}
		OptionalDouble converted = toCanonical(analyte, limit, unit);
		return converted.isPresent() ? converted.getAsDouble() : null;
	}

	private static String normalise(String unit) {
		if (unit == null) {
			return "";
		}
		// Most units arrive as written in the protocol: no new strings for them (three per lab of every visit).
		return isPlain(unit) ? unit : unit.strip().replace("µ", "u").replace("^", "*").replace(" ", "");
	}

	private static boolean isPlain(String unit) {
		for (int i = 0; i < unit.length(); i++) {
			char c = unit.charAt(i);
			if (c == 'µ' || c == '^' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				return false;
			}
		}
		return true;
	}

	private static OptionalDouble factor(LabAnalyte analyte, String unit) {
		return switch (analyte) {
			case HEMOGLOBIN, ALBUMIN -> switch (unit) {
				case "g/L" -> OptionalDouble.of(1);
				case "g/dL" -> OptionalDouble.of(10);
				default -> OptionalDouble.empty();
			};
			case PLATELETS, WHITE_BLOOD_CELLS, NEUTROPHILS -> switch (unit) {
				case "10*9/L", "10*3/uL", "/nL" -> OptionalDouble.of(1);
				default -> OptionalDouble.empty();
			};
			case CREATININE -> molar(unit, CREATININE_UMOL_PER_MG);
			case BILIRUBIN_TOTAL -> molar(unit, BILIRUBIN_UMOL_PER_MG);
			case INR -> switch (unit) {
				case "", "1", "{INR}", "{ratio}", "ratio" -> OptionalDouble.of(1);
				default -> OptionalDouble.empty();
			};
		};
	}

	private static OptionalDouble molar(String unit, double umolPerMg) {
		return switch (unit) {
			case "umol/L" -> OptionalDouble.of(1);
			case "mg/dL" -> OptionalDouble.of(umolPerMg);
			default -> OptionalDouble.empty();
		};
	}

}
