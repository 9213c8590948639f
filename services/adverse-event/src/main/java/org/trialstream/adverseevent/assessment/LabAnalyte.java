package org.trialstream.adverseevent.assessment;

/** The analytes graded by CTCAE v5 here, with the CTCAE term a monitor recognises. */
public enum LabAnalyte {

	HEMOGLOBIN("anaemia"), PLATELETS("platelet count decreased"), WHITE_BLOOD_CELLS("white blood cell decreased"),
	NEUTROPHILS("neutrophil count decreased"), CREATININE("creatinine increased"), INR("INR increased"),
	ALBUMIN("hypoalbuminemia"), BILIRUBIN_TOTAL("blood bilirubin increased");

	private final String ctcaeTerm;

	LabAnalyte(String ctcaeTerm) {
		this.ctcaeTerm = ctcaeTerm;
	}

	public String ctcaeTerm() {
		return ctcaeTerm;
	}

}
