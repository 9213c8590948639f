package org.trialstream.sitecapture.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.trialstream.sitecapture.model.Lab;
import org.trialstream.sitecapture.model.Limb;

/**
 * What a site sends to enrol a subject. No name, birth date or contact data: the platform assigns the pseudonymous
 * subject id.
 *
 * @param enrolmentDate study day 0
 * @param ageYears age in whole years
 * @param indexUlcerAreaCm2 area of the index ulcer at screening, where the protocol has an area criterion
 * @param limbs the limbs the trial follows (one or two), at least one of them the study limb
 * @param screeningLabs screening labs: the inclusion labs and the baseline for CTCAE grading
 */
public record EnrolmentRequest(LocalDate enrolmentDate, Integer ageYears, Double indexUlcerAreaCm2, List<Limb> limbs,
		List<Lab> screeningLabs) {

	public EnrolmentRequest {
		limbs = copy(limbs);
		screeningLabs = copy(screeningLabs);
	}

	/** Keeps null items so that the edit checks can name them. */
	private static <T> List<T> copy(List<T> values) {
		return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
	}

}
