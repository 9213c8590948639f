package org.trialstream.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The labs a site draws at screening and at each visit, now and then with a value that crosses a CTCAE grade. */
final class LabPanel {

	static final Map<String, String> UNITS = Map.of("HEMOGLOBIN", "g/L", "PLATELETS", "10*9/L", "WHITE_BLOOD_CELLS",
			"10*9/L", "NEUTROPHILS", "10*9/L", "CREATININE", "umol/L", "INR", "{INR}", "ALBUMIN", "g/L",
			"BILIRUBIN_TOTAL", "umol/L", "HBA1C", "%");

	private static final List<String> ANALYTES = List.of("HEMOGLOBIN", "PLATELETS", "WHITE_BLOOD_CELLS", "NEUTROPHILS",
			"CREATININE", "INR", "ALBUMIN", "BILIRUBIN_TOTAL", "HBA1C");

	private final ClinicalModel model;

	private final Progress progress;

	LabPanel(ClinicalModel model, Progress progress) {
		this.model = model;
		this.progress = progress;
	}

	Map<String, Double> screening() {
		return typical();
	}

	/** A visit's labs: typical values, with a grade 3 platelet, haemoglobin or neutrophil value now and then. */
	Map<String, Double> atVisit() {
		Map<String, Double> labs = typical();
		if (model.chance(0.04)) {
			progress.labExcursions.incrementAndGet();
			switch (model.between(0, 2)) {
				case 0 -> labs.put("PLATELETS", 42.0);
				case 1 -> labs.put("HEMOGLOBIN", 76.0);
				default -> labs.put("NEUTROPHILS", 0.8);
			}
		}
		return labs;
	}

	private Map<String, Double> typical() {
		Map<String, Double> labs = new LinkedHashMap<>();
		ANALYTES.forEach(analyte -> labs.put(analyte, model.typicalLab(analyte)));
		return labs;
	}

}
