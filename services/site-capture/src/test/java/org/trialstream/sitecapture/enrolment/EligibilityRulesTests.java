package org.trialstream.sitecapture.enrolment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;
import org.trialstream.sitecapture.editcheck.Violation;
import org.trialstream.sitecapture.model.Lab;
import org.trialstream.sitecapture.model.LabAnalyte;
import org.trialstream.sitecapture.model.Laterality;
import org.trialstream.sitecapture.model.Limb;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityRulesTests {

	private static final TrialProtocols PROTOCOLS = TrialProtocols.loadDefault();

	private static final TrialProtocol LEGEND = PROTOCOLS.get("LEGEND-1");

	private static final TrialProtocol EXOSOME = PROTOCOLS.get("NCT06480123");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final List<Limb> LEFT = List.of(new Limb(Laterality.LEFT, true));

	private static Lab lab(LabAnalyte analyte, double value, String unit) {
		return new Lab(analyte, null, value, unit, null, null, null);
	}

	private static Lab labCollected(LabAnalyte analyte, double value, String unit, LocalDate collected) {
		return new Lab(analyte, null, value, unit, null, null, collected.atTime(8, 30).toInstant(ZoneOffset.UTC));
	}

	/** NCT06480123's seven inclusion labs at their limits, collected on the given day; INR as given. */
	private static EnrolmentRequest exosome(double inr, LocalDate collected) {
		return new EnrolmentRequest(TODAY, 55, null, LEFT,
				List.of(labCollected(LabAnalyte.WHITE_BLOOD_CELLS, 3.0, "10*9/L", collected),
						labCollected(LabAnalyte.HEMOGLOBIN, 90, "g/L", collected),
						labCollected(LabAnalyte.PLATELETS, 50, "10*9/L", collected),
						labCollected(LabAnalyte.INR, inr, "{INR}", collected),
						labCollected(LabAnalyte.CREATININE, 145.5, "umol/L", collected),
						labCollected(LabAnalyte.ALBUMIN, 28.1, "g/L", collected),
						labCollected(LabAnalyte.BILIRUBIN_TOTAL, 50.9, "umol/L", collected)));
	}

	private static EnrolmentRequest legend(int age, Double ulcer, Lab... labs) {
		return new EnrolmentRequest(TODAY, age, ulcer, LEFT, List.of(labs));
	}

	private static List<String> rules(List<Violation> violations) {
		return violations.stream().map(v -> v.field() + " " + v.rule()).toList();
	}

	@Test
	void acceptsAnAdultWithAThreeSquareCentimetreUlcerAndHba1cOfEight() {
		// Given
		EnrolmentRequest request = legend(64, 3.0, lab(LabAnalyte.HBA1C, 8.0, "%"));

		// When / Then
		assertThat(EligibilityRules.editChecks(request, LEGEND, "US-01", TODAY).isEmpty()).isTrue();
		assertThat(EligibilityRules.eligibility(request, LEGEND).isEmpty()).isTrue();
	}

	@Test
	void refusesAgeUlcerAreaAndHba1cOutsideTheInclusionCriteria() {
		// Given
		EnrolmentRequest request = legend(17, 10.5, lab(LabAnalyte.HBA1C, 12.1, "%"));

		// When
		List<Violation> violations = EligibilityRules.eligibility(request, LEGEND).list();

		// Then
		assertThat(rules(violations)).containsExactlyInAnyOrder("ageYears eligibility.age",
				"indexUlcerAreaCm2 eligibility.ulcer-area", "screeningLabs[0].value eligibility.lab");
	}

	@Test
	void acceptsTheBoundariesOfInclusiveCriteria() {
		// Given: ulcer 1-10 cm2 inclusive, HbA1c <= 12 %
		EnrolmentRequest request = legend(90, 10.0, lab(LabAnalyte.HBA1C, 12.0, "%"));

		// When / Then
		assertThat(EligibilityRules.eligibility(request, LEGEND).isEmpty()).isTrue();
	}

	@Test
	void refusesASubjectWhoseInclusionLabIsMissing() {
		// Given
		EnrolmentRequest request = legend(60, 3.0);

		// When / Then
		assertThat(rules(EligibilityRules.eligibility(request, LEGEND).list()))
			.containsExactly("screeningLabs eligibility.lab-missing");
	}

	@Test
	void refusesAnInrOfExactlyTheExclusiveLimit() {
		// Given: NCT06480123 requires INR < 2.3 and albumin > 28 g/L
		EnrolmentRequest request = exosome(2.3, TODAY.minusDays(2));

		// When / Then
		assertThat(rules(EligibilityRules.eligibility(request, EXOSOME).list()))
			.containsExactly("screeningLabs[3].value eligibility.lab");
	}

	@Test
	void acceptsExosomeInclusionLabsCollectedSevenDaysBeforeEnrolment() {
		// Given: NCT06480123 wants its inclusion labs from within 7 days before treatment
		EnrolmentRequest request = exosome(2.29, TODAY.minusDays(7));

		// When / Then
		assertThat(EligibilityRules.eligibility(request, EXOSOME).list()).isEmpty();
	}

	@Test
	void refusesExosomeInclusionLabsEightDaysOldAfterEnrolmentOrWithoutADate() {
		// Given labs collected 8 days before, the day after enrolment, and with no collection date
		EnrolmentRequest stale = exosome(2.29, TODAY.minusDays(8));
		EnrolmentRequest late = exosome(2.29, TODAY.plusDays(1));
		EnrolmentRequest undated = new EnrolmentRequest(TODAY, 55, null, LEFT,
				List.of(lab(LabAnalyte.WHITE_BLOOD_CELLS, 3.0, "10*9/L")));

		// Then each lab is named with the window rule
		assertThat(rules(EligibilityRules.eligibility(stale, EXOSOME).list())).hasSize(7)
			.allMatch(rule -> rule.endsWith(".collectedAt eligibility.lab-date"));
		assertThat(EligibilityRules.eligibility(late, EXOSOME).list()).hasSize(7)
			.first()
			.extracting(Violation::message)
			.asString()
			.contains("within 7 days before enrolment", "collected 2026-11-23");
		assertThat(rules(EligibilityRules.eligibility(undated, EXOSOME).list()))
			.contains("screeningLabs[0].collectedAt eligibility.lab-date");
	}

	@Test
	void legendSetsNoWindowSoAnUndatedHba1cIsEnough() {
		assertThat(EligibilityRules.eligibility(legend(64, 3.0, lab(LabAnalyte.HBA1C, 8.0, "%")), LEGEND).list())
			.isEmpty();
	}

	@Test
	void namesALabInTheWrongUnitAndMissingRequiredFields() {
		// Given
		EnrolmentRequest request = new EnrolmentRequest(null, null, 3.0, List.of(),
				List.of(lab(LabAnalyte.HBA1C, 64, "mmol/mol")));

		// When
		List<Violation> violations = EligibilityRules.editChecks(request, LEGEND, "US-01", TODAY).list();

		// Then
		assertThat(rules(violations)).containsExactlyInAnyOrder("enrolmentDate required", "ageYears required",
				"limbs limbs.count", "screeningLabs[0].unit unit.lab");
	}

	@Test
	void refusesTheSameLimbTwiceAndAListWithoutStudyLimb() {
		// Given
		EnrolmentRequest request = new EnrolmentRequest(TODAY, 60, 3.0,
				List.of(new Limb(Laterality.LEFT, false), new Limb(Laterality.LEFT, false)), List.of());

		// When / Then
		assertThat(rules(EligibilityRules.editChecks(request, LEGEND, "US-01", TODAY).list()))
			.containsExactlyInAnyOrder("limbs[1].laterality limb.duplicate", "limbs limbs.study-limb");
	}

}
