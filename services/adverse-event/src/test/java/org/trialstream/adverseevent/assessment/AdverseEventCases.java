package org.trialstream.adverseevent.assessment;

import java.time.Instant;
import java.util.Set;

/** Adverse event cases for rule tests: a LEGEND-1 case at US-07, varied one property at a time. */
public final class AdverseEventCases {

	public static final Instant SITE_AWARE = Instant.parse("2026-11-20T08:00:00Z");

	private AdverseEventCases() {
	}

	public static AdverseEventCase nonSerious(String term) {
		return new AdverseEventCase("LEGEND-1", "US-07", "US-07-0012", "AE-1", term, null, 2, "V5_0", false, Set.of(),
				Causality.NOT_RELATED, null, false, SITE_AWARE);
	}

	public static AdverseEventCase serious(String term, int grade, Causality investigator,
			SeriousnessCriterion... criteria) {
		return new AdverseEventCase("LEGEND-1", "US-07", "US-07-0012", "AE-1", term, null, grade, "V5_0", true,
				Set.of(criteria), investigator, null, false, SITE_AWARE);
	}

}
