package org.trialstream.adverseevent.assessment;

/**
 * A graded lab value next to the subject's baseline grade of the same analyte.
 *
 * @param analyte what was measured
 * @param value the value as reported
 * @param unit its unit
 * @param grade CTCAE v5 grade 0-4 of the value
 * @param baselineGrade grade of the subject's baseline value (0 when there is none)
 */
public record LabFinding(LabAnalyte analyte, double value, String unit, int grade, int baselineGrade) {

	/** Grade 3 or worse reached from below grade 3, or two grades worse than baseline. */
	public boolean isSignal() {
		return (grade >= 3 && baselineGrade < 3) || grade - baselineGrade >= 2;
	}

}
