package org.trialstream.sitecapture.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The complete state of an adverse event case as the site reports it. Free text is kept verbatim.
 *
 * @param verbatimTerm the investigator's own words
 * @param meddraPtCode MedDRA preferred term code, if coded
 * @param meddraVersion MedDRA version of the code
 * @param onsetDate onset, not in the future
 * @param resolvedDate date resolved, if it has
 * @param ctcaeGrade CTCAE grade 1-5
 * @param ctcaeVersion CTCAE version of the grade
 * @param serious serious per ICH E2A
 * @param seriousnessCriteria at least one when serious
 * @param causalityInvestigator the investigator's causality assessment
 * @param expectedness expectedness, if the site assessed it
 * @param outcome outcome so far; FATAL for grade 5
 * @param laterality the limb concerned, if any
 * @param siteAwareAt when the site first learned of it (starts the 24 h clock)
 */
public record AdverseEventCase(String verbatimTerm, String meddraPtCode, String meddraVersion, LocalDate onsetDate,
		LocalDate resolvedDate, Integer ctcaeGrade, CtcaeVersion ctcaeVersion, Boolean serious,
		List<SeriousnessCriterion> seriousnessCriteria, Causality causalityInvestigator, Expectedness expectedness,
		AdverseEventOutcome outcome, Laterality laterality, Instant siteAwareAt) {

	public AdverseEventCase {
		seriousnessCriteria = Lists.copy(seriousnessCriteria);
	}

}
