package org.trialstream.outcome.reporting;

import java.util.List;
import java.util.Map;

/**
 * Outcomes of one arm, or pooled over arms ({@code armCode} null).
 *
 * @param armCode the arm, null for the pooled outcome
 * @param label the arm's label, or "All arms"
 * @param counts counts by {@link CountKeys} name; null where suppressed
 * @param suppressed names of the suppressed counts
 * @param timeToClosure median time to confirmed closure with its 95 % CI (log-log Greenwood, Brookmeyer-Crowley)
 * @param closureCurve Kaplan-Meier curve of the share still open, censored at the last wound assessment
 * @param curveTruncated the curve stops where fewer units than the small-cell threshold remained at risk
 * @param week4ResponderShare share of evaluable units with PAR >= 50 % at week 4
 * @param objectiveResponseRate share of response-evaluable units with CR or PR (null without a response mapping)
 * @param objectiveResponseOrStableShare share with CR, PR or SD (null without a response mapping)
 * @param amputationIncidence cumulative incidence of major amputation, death competing
 * @param deathIncidence cumulative incidence of death before major amputation
 * @param measures change from baseline per measure and scheduled visit
 */
public record ArmOutcome(String armCode, String label, Map<String, Integer> counts, List<String> suppressed,
		Median timeToClosure, List<CurvePoint> closureCurve, boolean curveTruncated, Double week4ResponderShare,
		Double objectiveResponseRate, Double objectiveResponseOrStableShare, List<IncidencePoint> amputationIncidence,
		List<IncidencePoint> deathIncidence, List<MeasureStat> measures) {

	public ArmOutcome {
		counts = CountKeys.copy(counts);
		suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
		closureCurve = closureCurve == null ? List.of() : List.copyOf(closureCurve);
		amputationIncidence = amputationIncidence == null ? List.of() : List.copyOf(amputationIncidence);
		deathIncidence = deathIncidence == null ? List.of() : List.copyOf(deathIncidence);
		measures = measures == null ? List.of() : List.copyOf(measures);
	}

	public Integer count(String key) {
		return counts.get(key);
	}

}
