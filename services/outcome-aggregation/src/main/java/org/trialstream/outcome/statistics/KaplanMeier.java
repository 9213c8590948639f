package org.trialstream.outcome.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The Kaplan-Meier product-limit estimator: at each distinct time, S is multiplied by (1 - d / n), where d is the
 * number of events and n the number at risk just before that time. Censored units count as at risk at their own
 * time (events precede censorings at tied times, the usual convention).
 */
public final class KaplanMeier {

	private KaplanMeier() {
	}

	public static KaplanMeierCurve estimate(Collection<SurvivalObservation> observations) {
		List<SurvivalObservation> sorted = new ArrayList<>(observations);
		sorted.sort(Comparator.comparingDouble(SurvivalObservation::time));
		List<KaplanMeierStep> steps = new ArrayList<>();
		int atRisk = sorted.size();
		double survival = 1.0;
		double greenwood = 0.0;
		int i = 0;
		while (i < sorted.size()) {
			double time = sorted.get(i).time();
			int events = 0;
			int censored = 0;
			while (i < sorted.size() && sorted.get(i).time() == time) {
				if (sorted.get(i).event()) {
					events++;
				}
				else {
					censored++;
				}
				i++;
			}
			if (events > 0) {
				survival *= 1.0 - (double) events / atRisk;
				// Greenwood's term is undefined once everyone at risk has had the event (S = 0).
				greenwood += events < atRisk ? (double) events / ((double) atRisk * (atRisk - events)) : 0.0;
			}
			steps.add(new KaplanMeierStep(time, survival, atRisk, events, censored, greenwood));
			atRisk -= events + censored;
		}
		return new KaplanMeierCurve(steps, sorted.size());
	}

}
