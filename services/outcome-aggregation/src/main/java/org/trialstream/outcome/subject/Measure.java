package org.trialstream.outcome.subject;

/** The continuous measures reported as change from baseline at each scheduled visit, by their report names. */
public enum Measure {

	ABI("abi"), TOE_PRESSURE_MMHG("toePressureMmHg"), TCPO2_MMHG("tcpo2MmHg"), SKIN_TEMPERATURE_C("skinTemperatureC"),
	CLAUDICATION_DISTANCE_M("claudicationDistanceM"), PERCENT_AREA_REDUCTION("percentAreaReduction"),
	HBA1C_PERCENT("hba1cPercent");

	private final String reportName;

	Measure(String reportName) {
		this.reportName = reportName;
	}

	public String reportName() {
		return reportName;
	}

	/** The limb-level haemodynamic and function measures. */
	public static final java.util.List<Measure> LIMB_MEASURES = java.util.List.of(ABI, TOE_PRESSURE_MMHG, TCPO2_MMHG,
			SKIN_TEMPERATURE_C, CLAUDICATION_DISTANCE_M);

}
