package org.trialstream.simulator;

import java.util.Random;

/**
 * Realistic values for the seed trials (DOMAIN.md): ulcer areas around a median of 3 cm2, perfusion in the CLTI
 * range, labs around their typical values, and time to complete closure exponential with a median of 84 days in
 * active arms and 280 days under placebo or control (LEGenD-1's reported medians).
 */
final class ClinicalModel {

	static final double ACTIVE_MEDIAN_DAYS = 84;

	static final double CONTROL_MEDIAN_DAYS = 280;

	private final Random random;

	ClinicalModel(Random random) {
		this.random = random;
	}

	static boolean isActive(String armCode) {
		return armCode != null && !armCode.equals("PLACEBO") && !armCode.equals("CONTROL");
	}

	/** Days from day 0 until the ulcer closes, drawn from the arm's exponential distribution. */
	int daysToClosure(String armCode) {
		// An arm the simulator could not learn heals at a rate between the two.
		double median = armCode == null ? 150 : isActive(armCode) ? ACTIVE_MEDIAN_DAYS : CONTROL_MEDIAN_DAYS;
		double rate = Math.log(2) / median;
		return (int) Math.max(14, Math.round(-Math.log(1 - random.nextDouble()) / rate));
	}

	/** Baseline ulcer area: log-normal around 3 cm2, kept inside the protocol's bounds. */
	double baselineAreaCm2(Double min, Double max) {
		double area = Math.exp(Math.log(3.0) + 0.6 * random.nextGaussian());
		return round(clamp(area, min == null ? 0.5 : min, max == null ? 20 : max), 1);
	}

	/** Area on a study day: shrinking towards zero at the closure day. */
	static double areaOnDay(double baselineArea, int day, int closureDay) {
		if (day >= closureDay) {
			return 0;
		}
		double remaining = 1.0 - (double) day / closureDay;
		return round(baselineArea * Math.pow(remaining, 1.4), 2);
	}

	/** Perfusion improves in active arms over the first three months. */
	Perfusion perfusion(Perfusion baseline, String armCode, int day) {
		double gain = isActive(armCode) ? Math.min(1.0, day / 90.0) : 0.15 * Math.min(1.0, day / 90.0);
		return new Perfusion(round(clamp(baseline.abi() + 0.12 * gain + 0.02 * random.nextGaussian(), 0.2, 1.4), 2),
				round(baseline.toePressureMmHg() + 8 * gain + 2 * random.nextGaussian(), 0),
				round(clamp(baseline.tcpo2MmHg() + 10 * gain + 2 * random.nextGaussian(), 5, 95), 0),
				round(baseline.skinTemperatureC() + 0.8 * gain + 0.2 * random.nextGaussian(), 1),
				round(Math.max(10, baseline.claudicationDistanceM() + 90 * gain + 15 * random.nextGaussian()), 0));
	}

	Perfusion baselinePerfusion() {
		return new Perfusion(round(clamp(0.62 + 0.1 * random.nextGaussian(), 0.35, 1.1), 2),
				round(clamp(46 + 6 * random.nextGaussian(), 30, 59), 0),
				round(clamp(48 + 6 * random.nextGaussian(), 30, 59), 0), round(30.5 + 0.8 * random.nextGaussian(), 1),
				round(clamp(150 + 50 * random.nextGaussian(), 30, 400), 0));
	}

	/** A typical value of an analyte, in the unit the seed protocols use. */
	double typicalLab(String analyte) {
		return switch (analyte) {
			case "HEMOGLOBIN" -> round(clamp(126 + 10 * random.nextGaussian(), 95, 165), 0);
			case "PLATELETS" -> round(clamp(240 + 50 * random.nextGaussian(), 120, 420), 0);
			case "WHITE_BLOOD_CELLS" -> round(clamp(7 + 1.5 * random.nextGaussian(), 3.5, 12), 1);
			case "NEUTROPHILS" -> round(clamp(4.2 + 1 * random.nextGaussian(), 1.8, 8), 1);
			case "CREATININE" -> round(clamp(100 + 15 * random.nextGaussian(), 60, 140), 0);
			case "INR" -> round(clamp(1.05 + 0.1 * random.nextGaussian(), 0.8, 1.6), 2);
			case "ALBUMIN" -> round(clamp(38 + 3 * random.nextGaussian(), 30, 48), 0);
			case "BILIRUBIN_TOTAL" -> round(clamp(10 + 3 * random.nextGaussian(), 3, 30), 0);
			case "HBA1C" -> round(clamp(8 + 1 * random.nextGaussian(), 6, 11.8), 1);
			default -> throw new IllegalArgumentException("no typical value for " + analyte);
		};
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	int between(int lowest, int highest) {
		return lowest + random.nextInt(highest - lowest + 1);
	}

	<T> T pick(java.util.List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static double clamp(double value, double low, double high) {
		return Math.max(low, Math.min(high, value));
	}

	static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

	/** Perfusion of a limb at a visit, in the units of the API. */
	record Perfusion(double abi, double toePressureMmHg, double tcpo2MmHg, double skinTemperatureC,
			double claudicationDistanceM) {
	}

}
