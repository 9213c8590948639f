package org.trialstream.sitecapture.model;

import java.time.LocalDate;
import java.util.List;


/**
 * An enrolled subject. The arm is restricted: never shown to a site or sponsor of a blinded trial.
 *
 * @param trialId the trial
 * @param siteId the site that enrolled the subject
 * @param subjectId pseudonymous SITE-NNNN id assigned by the platform
 * @param enrolmentDate study day 0
 * @param ageYears age at enrolment
 * @param limbs the limbs the trial follows
 * @param armCode the randomised arm
 * @param kitNumber the blinded kit label (blinded trials only)
 */
public record Subject(String trialId, String siteId, String subjectId, LocalDate enrolmentDate, Integer ageYears,
		List<Limb> limbs, String armCode, String kitNumber) {

	public Subject {
		limbs = List.copyOf(limbs);
	}

	public boolean hasLimb(Laterality laterality) {
		return limbs.stream().anyMatch(limb -> limb.laterality() == laterality);
	}

}
