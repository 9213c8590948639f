package org.trialstream.outcome.statistics;

/**
 * One unit's follow-up for a time-to-event analysis.
 *
 * @param time days from baseline to the event or to censoring
 * @param event true if the event happened at {@code time}, false if the unit was censored then
 */
public record SurvivalObservation(double time, boolean event) {

	public SurvivalObservation {
		if (time < 0 || Double.isNaN(time)) {
			throw new IllegalArgumentException("time must be >= 0");
		}
	}

	public static SurvivalObservation event(double time) {
		return new SurvivalObservation(time, true);
	}

	public static SurvivalObservation censored(double time) {
		return new SurvivalObservation(time, false);
	}

}
