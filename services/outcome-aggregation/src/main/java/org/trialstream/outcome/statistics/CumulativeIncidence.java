package org.trialstream.outcome.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The Aalen-Johansen estimator of cumulative incidence under competing risks: at each event time, the incidence of
 * cause k grows by S(t-) * d_k / n, where S is the Kaplan-Meier estimate of being free of every cause. Unlike
 * 1 - KM with the competing events censored, it does not overstate the risk when death removes units from risk.
 */
public final class CumulativeIncidence {

	private CumulativeIncidence() {
	}

	public static List<IncidenceStep> estimate(Collection<CompetingRiskObservation> observations, int cause) {
		CompetingRiskTable table = new CompetingRiskTable();
		observations.forEach(table::add);
		return estimate(table, cause);
	}

	/** The same estimate from follow-up already grouped by time. */
	public static List<IncidenceStep> estimate(CompetingRiskTable table, int cause) {
		List<IncidenceStep> steps = new ArrayList<>();
		int atRisk = table.units();
		double freeOfAll = 1.0;
		double incidence = 0.0;
		for (Map.Entry<Double, int[]> entry : table.times()) {
			int[] byCause = entry.getValue();
			int ofCause = cause < byCause.length ? byCause[cause] : 0;
			int leaving = 0;
			for (int n : byCause) {
				leaving += n;
			}
			int anyCause = leaving - byCause[CompetingRiskObservation.CENSORED];
			if (anyCause > 0) {
				incidence += freeOfAll * ofCause / atRisk;
				freeOfAll *= 1.0 - (double) anyCause / atRisk;
				steps.add(new IncidenceStep(entry.getKey(), incidence, atRisk, ofCause));
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
