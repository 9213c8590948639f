package org.trialstream.outcome.statistics;

/**
 * A protocol's wound response mapping (our convention for NCT06480123, see DOMAIN.md): complete response = confirmed
 * closure; partial = area down by at least {@code partialReductionPercent} from baseline; progression = area up by
 * at least {@code progressionIncreasePercent}; stable disease otherwise.
 */
public record ResponseCriteria(double partialReductionPercent, double progressionIncreasePercent) {

	/** The response, or null when neither closure nor an area change from baseline is known. */
	public WoundResponse classify(boolean confirmedClosure, Double percentAreaReduction) {
		if (confirmedClosure) {
			return WoundResponse.COMPLETE_RESPONSE;
		}
		if (percentAreaReduction == null) {
			return null;
		}
		if (percentAreaReduction >= partialReductionPercent) {
			return WoundResponse.PARTIAL_RESPONSE;
		}
		if (-percentAreaReduction >= progressionIncreasePercent) {
			return WoundResponse.PROGRESSIVE_DISEASE;
		}
		return WoundResponse.STABLE_DISEASE;
	}

}
