package org.trialstream.outcome.subject;

import java.time.LocalDate;
import java.util.List;

/**
 * A subject's enrolment.
 *
 * @param siteId the enrolling site
 * @param armCode the allocated arm (never shown to a sponsor of a blinded trial)
 * @param enrolmentDate study day 0
 * @param limbs enrolled limbs (LEFT/RIGHT)
 * @param studyLimb the limb of the index ulcer where one was marked, else null
 * @param baselineHba1cPercent HbA1c among the baseline labs, where taken
 */
public record Enrolment(String siteId, String armCode, LocalDate enrolmentDate, List<String> limbs, String studyLimb,
		Double baselineHba1cPercent) {

	public Enrolment {
		limbs = limbs == null ? List.of() : List.copyOf(limbs);
	}

}
