package org.trialstream.adverseevent.assessment;

import java.time.Instant;
import java.util.Set;

/**
 * An adverse event case as the site reported it (initial report or the complete case after a follow-up).
 *
 * @param trialId trial
 * @param siteId reporting site
 * @param subjectId pseudonymous subject id
 * @param adverseEventId the case id, stable across follow-ups
 * @param verbatimTerm the investigator's words
 * @param meddraPtCode MedDRA preferred term code, or null
 * @param ctcaeGrade CTCAE grade 1-5
 * @param ctcaeVersion the CTCAE version of the grade, e.g. V5_0
 * @param seriousFlag whether the site marked the case serious
 * @param criteria the seriousness criteria the site named
 * @param causalityInvestigator investigator's causality
 * @param causalitySponsor sponsor's causality, or null while not assessed
 * @param fatal whether the outcome is fatal
 * @param siteAwareAt when the site first learned of the event
 * @param followUpNumber 0 for the initial report, then the site's follow-up number
 */
public record AdverseEventCase(String trialId, String siteId, String subjectId, String adverseEventId,
		String verbatimTerm, String meddraPtCode, int ctcaeGrade, String ctcaeVersion, boolean seriousFlag,
		Set<SeriousnessCriterion> criteria, Causality causalityInvestigator, Causality causalitySponsor,
		boolean fatal, Instant siteAwareAt, int followUpNumber) {

	/** An initial report. */
	public AdverseEventCase(String trialId, String siteId, String subjectId, String adverseEventId,
			String verbatimTerm, String meddraPtCode, int ctcaeGrade, String ctcaeVersion, boolean seriousFlag,
			Set<SeriousnessCriterion> criteria, Causality causalityInvestigator, Causality causalitySponsor,
			boolean fatal, Instant siteAwareAt) {
		this(trialId, siteId, subjectId, adverseEventId, verbatimTerm, meddraPtCode, ctcaeGrade, ctcaeVersion,
				seriousFlag, criteria, causalityInvestigator, causalitySponsor, fatal, siteAwareAt, 0);
	}

	public AdverseEventCase {
		criteria = criteria == null ? Set.of() : Set.copyOf(criteria);
		causalityInvestigator = causalityInvestigator == null ? Causality.UNKNOWN : causalityInvestigator;
	}

	/** Related if either the investigator or the sponsor judges a reasonable possibility of a causal link. */
	public boolean related() {
		return causalityInvestigator == Causality.RELATED || causalitySponsor == Causality.RELATED;
	}

}
