package org.trialstream.outcome.statistics;

/**
 * One unit's follow-up where several kinds of event compete (e.g. major amputation and death before it).
 *
 * @param time days from baseline to the first event or to censoring
 * @param cause the kind of event at {@code time}, or {@link #CENSORED}
 */
public record CompetingRiskObservation(double time, int cause) {

	public static final int CENSORED = 0;

	public CompetingRiskObservation {
		if (time < 0 || Double.isNaN(time)) {
			throw new IllegalArgumentException("time must be >= 0");
		}
		if (cause < 0) {
			throw new IllegalArgumentException("cause must be >= 0 (0 = censored)");
		}
	}

}
