package org.trialstream.outcome.subject;

/**
 * One limb's assessment at a visit; any measure may be missing (null).
 *
 * @param laterality LEFT or RIGHT
 * @param areaCm2 wound area
 * @param reEpithelialisationPercent 0-100
 * @param drainage whether the wound drains
 * @param reportedClosed the investigator recorded the wound CLOSED
 * @param majorAmputation a major amputation of this limb was recorded
 * @param abi ankle-brachial index
 * @param toePressureMmHg toe pressure
 * @param tcpo2MmHg transcutaneous oxygen tension
 * @param skinTemperatureC skin temperature
 * @param claudicationDistanceM claudication distance
 */
public record LimbMeasures(String laterality, Double areaCm2, Integer reEpithelialisationPercent, Boolean drainage,
		boolean reportedClosed, boolean majorAmputation, Double abi, Double toePressureMmHg, Double tcpo2MmHg,
		Double skinTemperatureC, Double claudicationDistanceM) {

	/** A perfusion or function measure by its report name, null if not measured. */
	public Double measure(Measure measure) {
		return switch (measure) {
			case ABI -> abi;
			case TOE_PRESSURE_MMHG -> toePressureMmHg;
			case TCPO2_MMHG -> tcpo2MmHg;
			case SKIN_TEMPERATURE_C -> skinTemperatureC;
			case CLAUDICATION_DISTANCE_M -> claudicationDistanceM;
			default -> null;
		};
	}

}
