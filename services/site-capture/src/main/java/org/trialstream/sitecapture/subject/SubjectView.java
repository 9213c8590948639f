package org.trialstream.sitecapture.subject;

import java.time.LocalDate;
import java.util.List;

import org.trialstream.sitecapture.model.Limb;
import org.trialstream.sitecapture.model.Subject;

/**
 * A subject as the reader may see it: in a blinded trial the arm is left out for everyone but the DMC.
 *
 * @param trialId the trial
 * @param siteId the site
 * @param subjectId the subject
 * @param enrolmentDate study day 0
 * @param ageYears age at enrolment
 * @param limbs the limbs followed
 * @param armCode the arm, when the reader may see it
 * @param kitNumber the kit number of a blinded trial
 * @param visits visits as currently recorded, read back from the topic (the most recent ones, see
 *        olderVisitsNotShown)
 * @param olderVisitsNotShown visits beyond what the service holds in memory (they stay on the topic)
 * @param adverseEvents adverse events as currently known
 */
public record SubjectView(String trialId, String siteId, String subjectId, LocalDate enrolmentDate, Integer ageYears,
		List<Limb> limbs, String armCode, String kitNumber, List<RecordedVisit> visits, int olderVisitsNotShown,
		List<ReportedAdverseEvent> adverseEvents) {

	static SubjectView of(SubjectState state, boolean showArm, List<RecordedVisit> visits) {
		Subject subject = state.subject();
		return new SubjectView(subject.trialId(), subject.siteId(), subject.subjectId(), subject.enrolmentDate(),
				subject.ageYears(), subject.limbs(), showArm ? subject.armCode() : null, subject.kitNumber(),
				visits, state.visitsLetGo(), state.adverseEvents());
	}

}
