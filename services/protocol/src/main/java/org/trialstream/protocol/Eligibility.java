package org.trialstream.protocol;

import java.util.List;

/**
 * Inclusion rules checked at enrolment. Null bounds are not checked.
 *
 * @param minAgeYears youngest eligible age, inclusive
 * @param maxAgeYears oldest eligible age, inclusive
 * @param minUlcerAreaCm2 smallest index ulcer, inclusive
 * @param maxUlcerAreaCm2 largest index ulcer, inclusive
 * @param labs lab inclusion criteria at screening
 * @param labsWithinDaysBeforeEnrolment how many days before enrolment (day 0) an inclusion lab may be collected, or
 * null when the protocol sets no such window
 */
public record Eligibility(Integer minAgeYears, Integer maxAgeYears, Double minUlcerAreaCm2, Double maxUlcerAreaCm2,
		List<LabCriterion> labs, Integer labsWithinDaysBeforeEnrolment) {

	public static final Eligibility NONE = new Eligibility(null, null, null, null, List.of());

	public Eligibility {
		labs = labs == null ? List.of() : List.copyOf(labs);
		if (labsWithinDaysBeforeEnrolment != null && labsWithinDaysBeforeEnrolment < 0) {
			throw new IllegalArgumentException("labsWithinDaysBeforeEnrolment must not be negative");
		}
	}

	/** Rules without a collection window for the inclusion labs. */
	public Eligibility(Integer minAgeYears, Integer maxAgeYears, Double minUlcerAreaCm2, Double maxUlcerAreaCm2,
			List<LabCriterion> labs) {
		this(minAgeYears, maxAgeYears, minUlcerAreaCm2, maxUlcerAreaCm2, labs, null);
	}

	/**
	 * One lab inclusion criterion, e.g. platelets >= 50 (x10^9/L): {@code min} and {@code max} bound the value,
	 * inclusive unless the matching {@code exclusive} flag says otherwise (absent flags mean inclusive).
	 */
	public record LabCriterion(String analyte, String unit, Double min, Double max, Boolean minExclusive,
			Boolean maxExclusive) {

		public LabCriterion {
			minExclusive = Boolean.TRUE.equals(minExclusive);
			maxExclusive = Boolean.TRUE.equals(maxExclusive);
		}

		public boolean accepts(double value) {
			boolean aboveMin = min == null || (minExclusive ? value > min : value >= min);
			boolean belowMax = max == null || (maxExclusive ? value < max : value <= max);
			return aboveMin && belowMax;
		}

		/** The rule as a person reads it, e.g. "PLATELETS >= 50.0 10*9/L". */
		public String describe() {
			StringBuilder text = new StringBuilder(analyte);
			if (min != null) {
				text.append(minExclusive ? " > " : " >= ").append(min);
			}
			if (max != null) {
				text.append(min != null ? " and" : "").append(maxExclusive ? " < " : " <= ").append(max);
			}
			return text.append(' ').append(unit).toString();
		}

	}

}
