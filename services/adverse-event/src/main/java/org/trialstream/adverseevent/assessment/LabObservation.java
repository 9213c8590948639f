package org.trialstream.adverseevent.assessment;

/**
 * One lab value as a site's lab reported it.
 *
 * @param analyte what was measured
 * @param value the value in {@code unit}
 * @param unit UCUM unit, e.g. g/L, 10*9/L, umol/L
 * @param lowerLimitOfNormal the lab's LLN in {@code unit}, or null when the lab did not send it
 * @param upperLimitOfNormal the lab's ULN in {@code unit}, or null
 */
public record LabObservation(LabAnalyte analyte, double value, String unit, Double lowerLimitOfNormal,
		Double upperLimitOfNormal) {
}
