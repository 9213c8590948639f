package org.trialstream.outcome.statistics;

import java.util.List;

/**
 * A Kaplan-Meier curve: one step per distinct time with an event or a censoring, in time order.
 */
public record KaplanMeierCurve(List<KaplanMeierStep> steps, int units) {

	public KaplanMeierCurve {
		steps = List.copyOf(steps);
	}

	/** S(t): the estimate at time t (1 before the first event). */
	public double survivalAt(double time) {
		double survival = 1.0;
		for (KaplanMeierStep step : steps) {
			if (step.time() > time) {
				break;
			}
			survival = step.survival();
		}
		return survival;
	}

	/** Units at risk just before time t. */
	public int atRiskAt(double time) {
		for (KaplanMeierStep step : steps) {
			if (step.time() >= time) {
				return step.atRisk();
			}
		}
		return 0;
	}

	public int events() {
		return steps.stream().mapToInt(KaplanMeierStep::events).sum();
	}

	/**
	 * The median with the Brookmeyer-Crowley 95 % interval: the median is the first time S(t) falls to 0.5 or below
	 * (the midpoint to the next step where S(t) is exactly 0.5, as R's survfit does); the interval is the set of times
	 * whose pointwise interval contains 0.5, so its lower bound is the first time the lower band reaches 0.5 and its
	 * upper bound the first time the upper band does.
	 */
	public MedianSurvival median(ConfidenceTransform transform) {
		return new MedianSurvival(quantileTime(SurvivalBand.ESTIMATE, transform),
				quantileTime(SurvivalBand.LOWER, transform), quantileTime(SurvivalBand.UPPER, transform));
	}

	private Double quantileTime(SurvivalBand band, ConfidenceTransform transform) {
		List<KaplanMeierStep> withEvents = steps.stream().filter(step -> step.events() > 0).toList();
		for (int i = 0; i < withEvents.size(); i++) {
			double value = band.of(withEvents.get(i), transform);
			if (Math.abs(value - 0.5) < 1e-12 && band == SurvivalBand.ESTIMATE) {
				return i + 1 < withEvents.size() ? (withEvents.get(i).time() + withEvents.get(i + 1).time()) / 2
						: withEvents.get(i).time();
			}
			if (value <= 0.5) {
				return withEvents.get(i).time();
			}
		}
		return null;
	}

	private enum SurvivalBand {

		ESTIMATE, LOWER, UPPER;

		double of(KaplanMeierStep step, ConfidenceTransform transform) {
			return switch (this) {
				case ESTIMATE -> step.survival();
				case LOWER -> transform.lower(step);
				case UPPER -> transform.upper(step);
			};
		}

	}

}
