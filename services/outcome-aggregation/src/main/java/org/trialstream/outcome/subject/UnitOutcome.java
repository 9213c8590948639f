package org.trialstream.outcome.subject;

import java.util.Map;

/**
 * One analysis unit's outcomes (a subject, or a limb where the protocol analyses by limb).
 *
 * @param unitId subject id, or subject id / laterality
 * @param closureDay study day of confirmed closure, null if not closed
 * @param followUpDay study day of the last visit with a wound assessment (censoring time), null without one
 * @param awaitingConfirmation closed at the last visit, confirmation pending
 * @param weekFourResponder PAR >= 50 % at week 4, null if not evaluable
 * @param latestAreaReduction PAR at the latest measured visit, null without baseline or later area
 * @param response protocol-defined wound response name, null if none applies
 * @param amputationDay study day of a major amputation, null if none
 * @param changes change from baseline by measure report name, then by scheduled visit code
 */
public record UnitOutcome(String unitId, Integer closureDay, Integer followUpDay, boolean awaitingConfirmation,
		Boolean weekFourResponder, Double latestAreaReduction, String response, Integer amputationDay,
		Map<String, Map<String, Double>> changes) {

	public UnitOutcome {
		changes = changes == null ? Map.of() : Map.copyOf(changes);
	}

}
