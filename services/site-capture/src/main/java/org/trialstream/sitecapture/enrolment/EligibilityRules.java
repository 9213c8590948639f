package org.trialstream.sitecapture.enrolment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import org.trialstream.protocol.Eligibility;
import org.trialstream.protocol.Eligibility.LabCriterion;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.sitecapture.editcheck.LabChecks;
import org.trialstream.sitecapture.editcheck.Violations;
import org.trialstream.sitecapture.model.Lab;
import org.trialstream.sitecapture.model.Laterality;
import org.trialstream.sitecapture.model.Limb;

/**
 * Enrolment in two steps: edit checks on the request (required fields, one or two distinct limbs with a study limb,
 * a date not in the future), then the protocol's inclusion rules (age, index ulcer area, inclusion labs, each lab in
 * the unit the criterion names, collected within the protocol's window before enrolment where it sets one). A
 * missing inclusion value or collection date makes the subject not eligible, never eligible by default.
 */
public final class EligibilityRules {

	private EligibilityRules() {
	}

	public static Violations editChecks(EnrolmentRequest request, TrialProtocol protocol, String siteId,
			LocalDate today) {
		Violations violations = new Violations();
		if (violations.required("enrolmentDate", request.enrolmentDate()) && request.enrolmentDate().isAfter(today.plusDays(1))) {
			violations.add("enrolmentDate", "date.future", "must not be in the future");
		}
		violations.required("ageYears", request.ageYears());
		violations.range("ageYears", "range.age", request.ageYears(), 0, 120, "years");
		violations.atLeast("indexUlcerAreaCm2", "range.area", request.indexUlcerAreaCm2(), 0, "cm2");
		if (request.limbs().isEmpty() || request.limbs().size() > 2) {
			violations.add("limbs", "limbs.count", "must list one or two limbs");
		}
		Set<Laterality> seen = EnumSet.noneOf(Laterality.class);
		for (int i = 0; i < request.limbs().size(); i++) {
			Limb limb = request.limbs().get(i);
			String at = "limbs[" + i + "]";
			if (violations.required(at, limb) && violations.required(at + ".laterality", limb.laterality())
					&& !seen.add(limb.laterality())) {
				violations.add(at + ".laterality", "limb.duplicate", "each limb may be listed once");
			}
		}
		if (!request.limbs().isEmpty()
				&& request.limbs().stream().noneMatch(limb -> limb != null && Boolean.TRUE.equals(limb.studyLimb()))) {
			violations.add("limbs", "limbs.study-limb", "one limb must be the study limb");
		}
		LabChecks.check(violations, "screeningLabs", request.screeningLabs(), protocol, siteId);
		return violations;
	}

	public static Violations eligibility(EnrolmentRequest request, TrialProtocol protocol) {
		Violations violations = new Violations();
		Eligibility rules = protocol.eligibility();
		if (rules.minAgeYears() != null || rules.maxAgeYears() != null) {
			violations.range("ageYears", "eligibility.age", request.ageYears(), orMin(rules.minAgeYears()),
					orMax(rules.maxAgeYears()), "years");
		}
		if (rules.minUlcerAreaCm2() != null || rules.maxUlcerAreaCm2() != null) {
			if (request.indexUlcerAreaCm2() == null) {
				violations.add("indexUlcerAreaCm2", "eligibility.ulcer-area", "is required by the protocol");
			}
			violations.range("indexUlcerAreaCm2", "eligibility.ulcer-area", request.indexUlcerAreaCm2(),
					orMin(rules.minUlcerAreaCm2()), orMax(rules.maxUlcerAreaCm2()), "cm2");
		}
		for (LabCriterion criterion : rules.labs()) {
			checkLab(violations, request, criterion, rules.labsWithinDaysBeforeEnrolment());
		}
		return violations;
	}

	private static void checkLab(Violations violations, EnrolmentRequest request, LabCriterion criterion,
			Integer withinDays) {
		for (int i = 0; i < request.screeningLabs().size(); i++) {
			Lab lab = request.screeningLabs().get(i);
			if (lab != null && lab.analyte() != null && lab.analyte().name().equals(criterion.analyte())
					&& criterion.unit().equals(lab.unit()) && lab.value() != null) {
				if (!criterion.accepts(lab.value())) {
					violations.add("screeningLabs[" + i + "].value", "eligibility.lab",
							"inclusion requires " + criterion.describe());
				}
				if (withinDays != null) {
					checkCollectedInWindow(violations, "screeningLabs[" + i + "].collectedAt", lab,
							request.enrolmentDate(), withinDays);
				}
				return;
			}
		}
		violations.add("screeningLabs", "eligibility.lab-missing",
				"inclusion requires " + criterion.describe() + " at screening");
	}

	/** An inclusion lab counts only if collected in the protocol's window before day 0 (UTC dates). */
	private static void checkCollectedInWindow(Violations violations, String field, Lab lab, LocalDate enrolmentDate,
			int withinDays) {
		String rule = "inclusion labs must be collected within " + withinDays + " days before enrolment";
		if (lab.collectedAt() == null) {
			violations.add(field, "eligibility.lab-date", "is required: " + rule);
			return;
		}
		if (enrolmentDate == null) {
			return;
		}
		LocalDate collected = lab.collectedAt().atOffset(ZoneOffset.UTC).toLocalDate();
		if (collected.isAfter(enrolmentDate) || collected.isBefore(enrolmentDate.minusDays(withinDays))) {
			violations.add(field, "eligibility.lab-date", rule + " (collected " + collected + ")");
		}
	}

	private static double orMin(Number value) {
		return value == null ? Double.NEGATIVE_INFINITY : value.doubleValue();
	}

	private static double orMax(Number value) {
		return value == null ? Double.POSITIVE_INFINITY : value.doubleValue();
	}

}
