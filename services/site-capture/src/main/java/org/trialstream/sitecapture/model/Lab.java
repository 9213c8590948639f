package org.trialstream.sitecapture.model;

import java.time.Instant;

/**
 * One laboratory value. The normal range is the measuring lab's; where the site leaves it out, the platform fills in
 * the protocol's range for that site.
 */
public record Lab(LabAnalyte analyte, String analyteCode, Double value, String unit, Double lowerLimitOfNormal,
		Double upperLimitOfNormal, Instant collectedAt) {

	public Lab withNormalRange(double lower, double upper) {
		return new Lab(analyte, analyteCode, value, unit, lower, upper, collectedAt);
	}

}
