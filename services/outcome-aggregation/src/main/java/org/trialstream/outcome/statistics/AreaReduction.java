package org.trialstream.outcome.statistics;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Percent area reduction (PAR) from baseline: 100 * (baseline - current) / baseline, negative when the wound grew.
 * PAR >= 50 % at week 4 predicts closure by week 12 (Sheehan et al. 2003: 58 % vs 9 % healed).
 */
public final class AreaReduction {

	/** Week 4 is study day 28; the visit nearest to it within this many days counts. */
	public static final int WEEK_FOUR_DAY = 28;

	public static final int WEEK_FOUR_TOLERANCE_DAYS = 7;

	public static final double WEEK_FOUR_CUT_POINT = 50.0;

	private AreaReduction() {
	}

	/** PAR, or null when there is no positive baseline area or no current area. */
	public static Double percent(Double baselineCm2, Double currentCm2) {
		if (baselineCm2 == null || currentCm2 == null || baselineCm2 <= 0.0) {
			return null;
		}
		return 100.0 * (baselineCm2 - currentCm2) / baselineCm2;
	}

	/**
	 * The week-4 flag: PAR >= 50 % at the measured visit nearest to day 28 (within a week). Empty when there is no
	 * such visit or no baseline.
	 */
	public static Optional<Boolean> weekFourResponder(Double baselineCm2, List<WoundVisit> visits) {
		return visits.stream()
			.filter(visit -> visit.areaCm2() != null && visit.studyDay() > 0)
			.filter(visit -> Math.abs(visit.studyDay() - WEEK_FOUR_DAY) <= WEEK_FOUR_TOLERANCE_DAYS)
			.min(Comparator.comparingInt((WoundVisit visit) -> Math.abs(visit.studyDay() - WEEK_FOUR_DAY))
				.thenComparingInt(WoundVisit::studyDay))
			.map(visit -> percent(baselineCm2, visit.areaCm2()))
			.map(par -> par >= WEEK_FOUR_CUT_POINT);
	}

}
