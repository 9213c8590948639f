package org.trialstream.outcome.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The Kaplan-Meier product-limit estimator: at each distinct time, S is multiplied by (1 - d / n), where d is the
 * number of events and n the number at risk just before that time. Censored units count as at risk at their own
 * time (events precede censorings at tied times, the usual convention).
 */
public final class KaplanMeier {

	private KaplanMeier() {
	}

	public static KaplanMeierCurve estimate(Collection<SurvivalObservation> observations) {
		SurvivalTable table = new SurvivalTable();
		observations.forEach(table::add);
		return estimate(table);
	}

	/** The same estimate from follow-up already grouped by time. */
	public static KaplanMeierCurve estimate(SurvivalTable table) {
		List<KaplanMeierStep> steps = new ArrayList<>();
		int atRisk = table.units();
		double survival = 1.0;
		double greenwood = 0.0;
		for (Map.Entry<Double, int[]> entry : table.times()) {
			double time = entry.getKey();
			int events = SurvivalTable.events(entry.getValue());
			int censored = SurvivalTable.censored(entry.getValue());
			if (events > 0) {
				survival *= 1.0 - (double) events / atRisk;
				// Greenwood's term is undefined once everyone at risk has had the event (S = 0).
				greenwood += events < atRisk ? (double) events / ((double) atRisk * (atRisk - events)) : 0.0;
			}
			steps.add(new KaplanMeierStep(time, survival, atRisk, events, censored, greenwood));
			atRisk -= events + censored;
		}
		return new KaplanMeierCurve(steps, table.units());
	}

}
