package org.trialstream.sitecapture.model;

/**
 * Haemodynamic measures of a limb at a visit; any may be missing.
 *
 * @param abi ankle-brachial index, 0-1.5
 * @param toePressureMmHg toe pressure, 0-200 mmHg
 * @param tcpo2MmHg transcutaneous oxygen tension, 0-100 mmHg
 * @param skinTemperatureC skin temperature of the foot in deg C
 * @param claudicationDistanceM pain-free walking distance in metres
 */
public record Perfusion(Double abi, Double toePressureMmHg, Double tcpo2MmHg, Double skinTemperatureC,
		Double claudicationDistanceM) {
}
