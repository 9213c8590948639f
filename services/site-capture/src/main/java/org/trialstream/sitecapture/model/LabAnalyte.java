package org.trialstream.sitecapture.model;

/** Laboratory analytes the platform grades or reports (names as in the protocol's lab ranges). */
public enum LabAnalyte {

	HEMOGLOBIN, PLATELETS, WHITE_BLOOD_CELLS, NEUTROPHILS, CREATININE, INR, ALBUMIN, BILIRUBIN_TOTAL, HBA1C, GLUCOSE,
	OTHER

}
