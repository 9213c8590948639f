package org.trialstream.adverseevent.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CtcaeGradingTests {

	private static final NormalRange HB = new NormalRange(120.0, 170.0);

	private static final NormalRange PLT = new NormalRange(150.0, 400.0);

	private static final NormalRange WBC = new NormalRange(4.0, 10.0);

	private static final NormalRange ANC = new NormalRange(2.0, 7.5);

	private static final NormalRange CREATININE = new NormalRange(60.0, 110.0);

	private static final NormalRange ALBUMIN = new NormalRange(35.0, 50.0);

	private static final NormalRange BILIRUBIN = new NormalRange(3.0, 21.0);

	@Test
	void gradesPlateletsFiftyAsGradeTwo() {
		// Given a lab with LLN 150 x10^9/L, When platelets are 50, Then the band "<75-50" is grade 2
		assertThat(CtcaeGrading.grade(LabAnalyte.PLATELETS, 50, PLT, null)).isEqualTo(2);
	}

	@ParameterizedTest(name = "platelets {0} -> grade {1}")
	@CsvSource({ "150,0", "149.9,1", "75,1", "74.9,2", "50,2", "49.9,3", "25,3", "24.9,4", "5,4" })
	void gradesPlateletBandsAtTheirEdges(double value, int grade) {
		assertThat(CtcaeGrading.grade(LabAnalyte.PLATELETS, value, PLT, null)).isEqualTo(grade);
	}

	@ParameterizedTest(name = "haemoglobin {0} g/L -> grade {1}")
	@CsvSource({ "125,0", "120,0", "119,1", "100,1", "99,2", "80,2", "79,3", "40,3" })
	void gradesAnaemiaWithoutAGradeFourFromTheLabAlone(double value, int grade) {
		assertThat(CtcaeGrading.grade(LabAnalyte.HEMOGLOBIN, value, HB, null)).isEqualTo(grade);
	}

	@Test
	void gradesHaemoglobinInsideALowSiteRangeAsNormal() {
		// Given a site whose LLN is 90 g/L, When Hb is 95, Then it is not anaemia although it is below 100
		assertThat(CtcaeGrading.grade(LabAnalyte.HEMOGLOBIN, 95, new NormalRange(90.0, 150.0), null)).isZero();
	}

	@ParameterizedTest(name = "WBC {0} -> grade {1}")
	@CsvSource({ "4.0,0", "3.9,1", "3.0,1", "2.9,2", "2.0,2", "1.9,3", "1.0,3", "0.9,4" })
	void gradesWhiteBloodCellBands(double value, int grade) {
		assertThat(CtcaeGrading.grade(LabAnalyte.WHITE_BLOOD_CELLS, value, WBC, null)).isEqualTo(grade);
	}

	@ParameterizedTest(name = "neutrophils {0} -> grade {1}")
	@CsvSource({ "2.0,0", "1.9,1", "1.5,1", "1.4,2", "1.0,2", "0.9,3", "0.5,3", "0.4,4" })
	void gradesNeutrophilBands(double value, int grade) {
		assertThat(CtcaeGrading.grade(LabAnalyte.NEUTROPHILS, value, ANC, null)).isEqualTo(grade);
	}

	@ParameterizedTest(name = "albumin {0} g/L -> grade {1}")
	@CsvSource({ "35,0", "34,1", "30,1", "29,2", "20,2", "19,3" })
	void gradesHypoalbuminemiaBands(double value, int grade) {
		assertThat(CtcaeGrading.grade(LabAnalyte.ALBUMIN, value, ALBUMIN, null)).isEqualTo(grade);
	}

	@ParameterizedTest(name = "creatinine {0} umol/L (ULN 110) -> grade {1}")
	@CsvSource({ "110,0", "111,1", "165,1", "166,2", "330,2", "331,3", "660,3", "661,4" })
	void gradesCreatinineAsMultiplesOfTheSiteUln(double value, int grade) {
		assertThat(CtcaeGrading.grade(LabAnalyte.CREATININE, value, CREATININE, null)).isEqualTo(grade);
	}

	@Test
	void gradesCreatinineRiseAboveOneAndAHalfTimesBaselineAsGradeTwo() {
		// Given a baseline of 60 umol/L, When creatinine is 100 (inside the ULN), Then 1.67 x baseline is grade 2
		assertThat(CtcaeGrading.grade(LabAnalyte.CREATININE, 100, CREATININE, 60.0)).isEqualTo(2);
	}

	@Test
	void gradesCreatinineAboveThreeTimesBaselineAsGradeThree() {
		// Given a baseline of 60, When creatinine is 190 (1.7 x ULN would be grade 2), Then 3.2 x baseline wins
		assertThat(CtcaeGrading.grade(LabAnalyte.CREATININE, 190, CREATININE, 60.0)).isEqualTo(3);
	}

	@Test
	void usesTheSiteUlnNotADefault() {
		// US-07's lab has ULN 115: 170 is 1.48 x ULN there (grade 1) but 1.55 x a ULN of 110 (grade 2)
		assertThat(CtcaeGrading.grade(LabAnalyte.CREATININE, 170, new NormalRange(53.0, 115.0), null)).isEqualTo(1);
		assertThat(CtcaeGrading.grade(LabAnalyte.CREATININE, 170, CREATININE, null)).isEqualTo(2);
	}

	@ParameterizedTest(name = "bilirubin {0} umol/L (ULN 21, normal baseline) -> grade {1}")
	@CsvSource({ "21,0", "22,1", "31.5,1", "32,2", "63,2", "64,3", "210,3", "211,4" })
	void gradesBilirubinAsMultiplesOfUlnWhenBaselineWasNormal(double value, int grade) {
		assertThat(CtcaeGrading.grade(LabAnalyte.BILIRUBIN_TOTAL, value, BILIRUBIN, 10.0)).isEqualTo(grade);
	}

	@Test
	void gradesBilirubinAsMultiplesOfBaselineWhenBaselineWasAbnormal() {
		// Given a baseline of 40 (above ULN 21), When bilirubin is 50, Then 1.25 x baseline is grade 1, not 2
		assertThat(CtcaeGrading.grade(LabAnalyte.BILIRUBIN_TOTAL, 50, BILIRUBIN, 40.0)).isEqualTo(1);
		assertThat(CtcaeGrading.grade(LabAnalyte.BILIRUBIN_TOTAL, 130, BILIRUBIN, 40.0)).isEqualTo(3);
	}

	@ParameterizedTest(name = "INR {0} -> grade {1}")
	@CsvSource({ "1.2,0", "1.3,1", "1.5,1", "1.6,2", "2.5,2", "2.6,3", "6.0,3" })
	void gradesInrWithTheCtcaeVersionFiveBands(double value, int grade) {
		assertThat(CtcaeGrading.grade(LabAnalyte.INR, value, new NormalRange(0.8, 1.2), null)).isEqualTo(grade);
	}

	@Test
	void gradesOnlyTheFixedBandsWhenTheLlnIsUnknown() {
		assertThat(CtcaeGrading.grade(LabAnalyte.PLATELETS, 100, NormalRange.UNKNOWN, null)).isZero();
		assertThat(CtcaeGrading.grade(LabAnalyte.PLATELETS, 40, NormalRange.UNKNOWN, null)).isEqualTo(3);
	}

}
