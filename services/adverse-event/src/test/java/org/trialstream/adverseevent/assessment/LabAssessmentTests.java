package org.trialstream.adverseevent.assessment;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

import static org.assertj.core.api.Assertions.assertThat;

class LabAssessmentTests {

	private static final TrialProtocol LEGEND = TrialProtocols.loadDefault().get("LEGEND-1");

	private static LabObservation platelets(double value) {
		return new LabObservation(LabAnalyte.PLATELETS, value, "10*9/L", null, null);
	}

	@Test
	void suggestsAnAdverseEventWhenPlateletsCrossIntoGradeThree() {
		// Given a normal baseline, When platelets fall to 40 (grade 3), Then the site is asked to confirm an AE
		LabFinding finding = LabAssessment.grade(platelets(40), platelets(220), "US-01", LEGEND).orElseThrow();

		Optional<SafetySignal> signal = LabAssessment.signal(finding);

		assertThat(finding.grade()).isEqualTo(3);
		assertThat(finding.baselineGrade()).isZero();
		assertThat(signal).get().satisfies(s -> {
			assertThat(s.kind()).isEqualTo(AlertKind.SUGGESTED_ADVERSE_EVENT);
			assertThat(s.severity()).isEqualTo(AlertSeverity.WARNING);
			assertThat(s.ctcaeGrade()).isEqualTo(3);
			assertThat(s.reason()).contains("platelet count decreased", "grade 3", "baseline grade 0");
		});
	}

	@Test
	void doesNotSignalAGradeThreeThatWasAlreadyGradeThreeAtBaseline() {
		LabFinding finding = LabAssessment.grade(platelets(30), platelets(45), "US-01", LEGEND).orElseThrow();

		assertThat(finding.baselineGrade()).isEqualTo(3);
		assertThat(LabAssessment.signal(finding)).isEmpty();
	}

	@Test
	void signalsAWorseningByTwoGradesFromBaselineBelowGradeThree() {
		// Given WBC entering at 3.5 (grade 1, allowed by NCT06480123), When it falls to 1.5, Then grade 3 is a signal
		LabObservation baseline = new LabObservation(LabAnalyte.WHITE_BLOOD_CELLS, 3.5, "10*9/L", 4.0, 10.0);
		LabObservation now = new LabObservation(LabAnalyte.WHITE_BLOOD_CELLS, 1.5, "10*9/L", 4.0, 10.0);

		assertThat(LabAssessment.grade(now, baseline, "US-01", LEGEND).flatMap(LabAssessment::signal)).isPresent();
	}

	@Test
	void signalsGradeZeroToGradeTwo() {
		// Given creatinine 60 at baseline, When it rises to 100 (inside the ULN), Then 1.67 x baseline is grade 2
		LabObservation baseline = new LabObservation(LabAnalyte.CREATININE, 60, "umol/L", null, null);
		LabObservation now = new LabObservation(LabAnalyte.CREATININE, 100, "umol/L", null, null);

		LabFinding finding = LabAssessment.grade(now, baseline, "US-01", LEGEND).orElseThrow();

		assertThat(finding.grade()).isEqualTo(2);
		assertThat(LabAssessment.signal(finding)).isPresent();
	}

	@Test
	void doesNotSignalAOneGradeWorseningBelowGradeThree() {
		LabFinding finding = LabAssessment.grade(platelets(120), platelets(220), "US-01", LEGEND).orElseThrow();

		assertThat(finding.grade()).isEqualTo(1);
		assertThat(LabAssessment.signal(finding)).isEmpty();
	}

	@Test
	void ratesGradeFourAsUrgent() {
		LabFinding finding = LabAssessment.grade(platelets(10), null, "US-01", LEGEND).orElseThrow();

		assertThat(LabAssessment.signal(finding)).get().extracting(SafetySignal::severity).isEqualTo(AlertSeverity.URGENT);
	}

	@Test
	void fallsBackToTheProtocolRangeOfTheSite() {
		// Given no range on the result, Then US-07's own creatinine ULN (115) applies: 170 umol/L is grade 1 there
		LabObservation creatinine = new LabObservation(LabAnalyte.CREATININE, 170, "umol/L", null, null);

		assertThat(LabAssessment.grade(creatinine, null, "US-07", LEGEND)).get().extracting(LabFinding::grade).isEqualTo(1);
		assertThat(LabAssessment.grade(creatinine, null, "US-01", LEGEND)).get().extracting(LabFinding::grade).isEqualTo(2);
	}

	@Test
	void prefersTheRangeTheLabSent() {
		LabObservation creatinine = new LabObservation(LabAnalyte.CREATININE, 170, "umol/L", 50.0, 200.0);

		assertThat(LabAssessment.grade(creatinine, null, "US-01", LEGEND)).get().extracting(LabFinding::grade).isEqualTo(0);
	}

	@Test
	void convertsGramsPerDecilitre() {
		// Hb 7.5 g/dL is 75 g/L: grade 3
		LabObservation hb = new LabObservation(LabAnalyte.HEMOGLOBIN, 7.5, "g/dL", 12.0, 17.0);

		assertThat(LabAssessment.grade(hb, null, "US-01", LEGEND)).get().extracting(LabFinding::grade).isEqualTo(3);
	}

	@Test
	void leavesAnUnknownUnitUngraded() {
		LabObservation hb = new LabObservation(LabAnalyte.HEMOGLOBIN, 7.5, "mmol/L", null, null);

		assertThat(LabAssessment.grade(hb, null, "US-01", LEGEND)).isEmpty();
	}

}
