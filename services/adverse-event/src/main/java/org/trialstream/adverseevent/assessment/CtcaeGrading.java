package org.trialstream.adverseevent.assessment;

/**
 * CTCAE v5.0 grades of the lab-based adverse events, checked against the NCI table. Values and limits are in the
 * canonical units of {@link LabUnits}. A value inside the site's normal range is grade 0 whatever the absolute
 * bands say (a lab with an LLN below 100 g/L does not call 95 g/L anaemia).
 * <ul>
 * <li>Decreases (haemoglobin, platelets, WBC, neutrophils, albumin): grade 1 below the LLN, then the fixed bands.</li>
 * <li>Creatinine: the worse of the ULN multiple (&gt;1.5, &gt;3, &gt;6 x ULN) and the rise from the subject's baseline
 * (&gt;1.5 x is grade 2, &gt;3 x grade 3).</li>
 * <li>Bilirubin: multiples of the ULN if the baseline was normal, multiples of the baseline if it was abnormal.</li>
 * <li>INR: CTCAE v5.0 writes absolute bands (&gt;1.2, &gt;1.5, &gt;2.5), not ULN multiples as v4.03 did; the
 * anticoagulation variant (x baseline) is not applied because visits do not record anticoagulation.</li>
 * </ul>
 */
public final class CtcaeGrading {

	private CtcaeGrading() {
	}

	/**
	 * @param baseline the subject's baseline value of the same analyte (canonical unit), or null if unknown
	 * @return grade 0-4
	 */
	public static int grade(LabAnalyte analyte, double value, NormalRange range, Double baseline) {
		Double lln = range.lowerLimitOfNormal();
		Double uln = range.upperLimitOfNormal();
		return switch (analyte) {
			case HEMOGLOBIN -> decreased(value, lln, Double.NaN, 80, 100);
			case PLATELETS -> decreased(value, lln, 25, 50, 75);
			case WHITE_BLOOD_CELLS -> decreased(value, lln, 1.0, 2.0, 3.0);
			case NEUTROPHILS -> decreased(value, lln, 0.5, 1.0, 1.5);
			case ALBUMIN -> decreased(value, lln, Double.NaN, 20, 30);
			case CREATININE -> Math.max(multipleOf(value, uln, 1.5, 3.0, 6.0), creatinineFromBaseline(value, baseline));
			case BILIRUBIN_TOTAL -> bilirubin(value, uln, baseline);
			case INR -> inr(value);
		};
	}

	/** Bands of a decrease: grade 4 below g4 (NaN where the grade is clinical only), 3 below g3, 2 below g2. */
	private static int decreased(double value, Double lln, double g4, double g3, double g2) {
		if (lln != null && value >= lln) {
			return 0;
		}
		if (value < g4) {
			return 4;
		}
		if (value < g3) {
			return 3;
		}
		if (value < g2) {
			return 2;
		}
		return lln != null ? 1 : 0;
	}

	/** Grade 1 above 1 x the reference, then above each factor. */
	private static int multipleOf(double value, Double reference, double g2, double g3, double g4) {
		if (reference == null || reference <= 0) {
			return 0;
		}
		double ratio = value / reference;
		if (ratio > g4) {
			return 4;
		}
		if (ratio > g3) {
			return 3;
		}
		if (ratio > g2) {
			return 2;
		}
		return ratio > 1.0 ? 1 : 0;
	}

	private static int creatinineFromBaseline(double value, Double baseline) {
		if (baseline == null || baseline <= 0) {
			return 0;
		}
		double ratio = value / baseline;
		if (ratio > 3.0) {
			return 3;
		}
		return ratio > 1.5 ? 2 : 0;
	}

	private static int bilirubin(double value, Double uln, Double baseline) {
		boolean baselineAbnormal = baseline != null && uln != null && baseline > uln;
		return multipleOf(value, baselineAbnormal ? baseline : uln, 1.5, 3.0, 10.0);
	}

	private static int inr(double value) {
		if (value > 2.5) {
			return 3;
		}
		if (value > 1.5) {
			return 2;
		}
		return value > 1.2 ? 1 : 0;
	}

}
