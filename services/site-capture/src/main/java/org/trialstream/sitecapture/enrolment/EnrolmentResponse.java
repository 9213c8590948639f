package org.trialstream.sitecapture.enrolment;

import java.time.LocalDate;

import org.trialstream.sitecapture.model.Subject;

/**
 * The enrolled subject as the site sees it: in a blinded trial the kit number and no arm.
 *
 * @param trialId the trial
 * @param siteId the site
 * @param subjectId the platform-assigned pseudonymous id
 * @param enrolmentDate study day 0
 * @param armCode the arm, only in an open trial
 * @param kitNumber the kit to dispense, only in a blinded trial
 */
public record EnrolmentResponse(String trialId, String siteId, String subjectId, LocalDate enrolmentDate,
		String armCode, String kitNumber) {

	static EnrolmentResponse of(Subject subject, boolean blinded) {
		return new EnrolmentResponse(subject.trialId(), subject.siteId(), subject.subjectId(), subject.enrolmentDate(),
				blinded ? null : subject.armCode(), subject.kitNumber());
	}

}
