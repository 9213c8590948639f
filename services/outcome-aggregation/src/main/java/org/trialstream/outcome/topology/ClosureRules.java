package org.trialstream.outcome.topology;

import java.util.Map;

import org.trialstream.outcome.statistics.WoundClosureRule;

/**
 * The closure confirmation window per trial (protocol setting; 10-21 days unless a trial says otherwise).
 */
public record ClosureRules(WoundClosureRule standard, Map<String, WoundClosureRule> byTrial) {

	public ClosureRules {
		byTrial = byTrial == null ? Map.of() : Map.copyOf(byTrial);
	}

	public static ClosureRules standardOnly() {
		return new ClosureRules(WoundClosureRule.TWO_WEEKS, Map.of());
	}

	public WoundClosureRule forTrial(String trialId) {
		return byTrial.getOrDefault(trialId, standard);
	}

}
