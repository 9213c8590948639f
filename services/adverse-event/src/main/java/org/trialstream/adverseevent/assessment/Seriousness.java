package org.trialstream.adverseevent.assessment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Seriousness per ICH E2A: serious when at least one criterion applies. A death (grade 5 or a fatal outcome) is
 * serious with the DEATH criterion even when the site forgot to name it, and a case marked serious without a
 * criterion stays serious (safety first) but is flagged so the monitor asks the site for the criterion.
 *
 * @param serious whether the case is serious
 * @param criteria the criteria that apply, including the implied DEATH
 * @param criterionMissing true when the site marked the case serious without naming a criterion
 */
public record Seriousness(boolean serious, Set<SeriousnessCriterion> criteria, boolean criterionMissing) {

	public static Seriousness of(AdverseEventCase adverseEvent) {
		Set<SeriousnessCriterion> criteria = EnumSet.noneOf(SeriousnessCriterion.class);
		criteria.addAll(adverseEvent.criteria());
		if (adverseEvent.ctcaeGrade() >= 5 || adverseEvent.fatal()) {
			criteria.add(SeriousnessCriterion.DEATH);
		}
		boolean serious = adverseEvent.seriousFlag() || !criteria.isEmpty();
		return new Seriousness(serious, Set.copyOf(criteria), serious && criteria.isEmpty());
	}

	public boolean fatal() {
		return criteria.contains(SeriousnessCriterion.DEATH);
	}

	/** Fatal or life-threatening: the 7-day SUSAR clock instead of the 15-day one. */
	public boolean fatalOrLifeThreatening() {
		return fatal() || criteria.contains(SeriousnessCriterion.LIFE_THREATENING);
	}

}
