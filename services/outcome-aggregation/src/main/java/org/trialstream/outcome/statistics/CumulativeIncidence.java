package org.trialstream.outcome.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The Aalen-Johansen estimator of cumulative incidence under competing risks: at each event time, the incidence of
 * cause k grows by S(t-) * d_k / n, where S is the Kaplan-Meier estimate of being free of every cause. Unlike
 * 1 - KM with the competing events censored, it does not overstate the risk when death removes units from risk.
 */
public final class CumulativeIncidence {

	private CumulativeIncidence() {
	}

	public static List<IncidenceStep> estimate(Collection<CompetingRiskObservation> observations, int cause) {
		List<CompetingRiskObservation> sorted = new ArrayList<>(observations);
		sorted.sort(Comparator.comparingDouble(CompetingRiskObservation::time));
		List<IncidenceStep> steps = new ArrayList<>();
		int atRisk = sorted.size();
		double freeOfAll = 1.0;
		double incidence = 0.0;
		int i = 0;
		while (i < sorted.size()) {
			double time = sorted.get(i).time();
			int ofCause = 0;
			int anyCause = 0;
			int leaving = 0;
			while (i < sorted.size() && sorted.get(i).time() == time) {
				int c = sorted.get(i).cause();
				ofCause += c == cause ? 1 : 0;
				anyCause += c != CompetingRiskObservation.CENSORED ? 1 : 0;
				leaving++;
				i++;
			}
			if (anyCause > 0) {
				incidence += freeOfAll * ofCause / atRisk;
				freeOfAll *= 1.0 - (double) anyCause / atRisk;
				steps.add(new IncidenceStep(time, incidence, atRisk, ofCause));
			}
			atRisk -= leaving;
		}
		return steps;
	}

	/** The incidence at time t (0 before the first event). */
	public static double at(List<IncidenceStep> steps, double time) {
		double value = 0.0;
		for (IncidenceStep step : steps) {
			if (step.time() > time) {
				break;
			}
			value = step.incidence();
		}
		return value;
	}

}
