package org.trialstream.outcome.reporting;

import java.util.List;
import java.util.Map;

/**
 * Enrolment and visit compliance at one site (counts under {@link CountKeys}); null counts are suppressed.
 */
public record SiteOutcome(String siteId, String name, Map<String, Integer> counts, List<String> suppressed) {

	public SiteOutcome {
		counts = CountKeys.copy(counts);
		suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
	}

}
