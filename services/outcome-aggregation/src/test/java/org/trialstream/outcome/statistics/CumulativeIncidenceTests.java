package org.trialstream.outcome.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CumulativeIncidenceTests {

	static final int AMPUTATION = 1;

	static final int DEATH = 2;

	@Test
	void countsDeathAsACompetingRiskRatherThanCensoring() {
		// Given: 5 limbs; amputation day 2, death day 3, censored day 4, amputation day 5, censored day 6
		List<CompetingRiskObservation> units = List.of(obs(2, AMPUTATION), obs(3, DEATH), obs(4, 0),
				obs(5, AMPUTATION), obs(6, 0));

		// When
		List<IncidenceStep> amputation = CumulativeIncidence.estimate(units, AMPUTATION);
		List<IncidenceStep> death = CumulativeIncidence.estimate(units, DEATH);

		// Then, by hand: day 2: 1 * 1/5 = 0.2, S = 0.8; day 3: death, S = 0.8 * 3/4 = 0.6;
		// day 5: n = 2, + 0.6 * 1/2 = 0.3 -> 0.5. Death: 0.8 * 1/4 = 0.2.
		assertThat(CumulativeIncidence.at(amputation, 2)).isCloseTo(0.2, within(1e-12));
		assertThat(CumulativeIncidence.at(amputation, 4)).isCloseTo(0.2, within(1e-12));
		assertThat(CumulativeIncidence.at(amputation, 5)).isCloseTo(0.5, within(1e-12));
		assertThat(CumulativeIncidence.at(death, 6)).isCloseTo(0.2, within(1e-12));
		assertThat(amputation).extracting(IncidenceStep::atRisk).containsExactly(5, 4, 2);
	}

	@Test
	void staysBelowOneMinusKaplanMeierWhichTreatsDeathsAsCensored() {
		// Given
		List<CompetingRiskObservation> units = List.of(obs(2, AMPUTATION), obs(3, DEATH), obs(4, 0),
				obs(5, AMPUTATION), obs(6, 0));
		KaplanMeierCurve naive = KaplanMeier.estimate(units.stream()
			.map(unit -> new SurvivalObservation(unit.time(), unit.cause() == AMPUTATION))
			.toList());

		// When
		double incidence = CumulativeIncidence.at(CumulativeIncidence.estimate(units, AMPUTATION), 6);

		// Then: 1 - KM = 1 - 0.8 * 0.5 = 0.6 overstates the risk
		assertThat(1 - naive.survivalAt(6)).isCloseTo(0.6, within(1e-12));
		assertThat(incidence).isCloseTo(0.5, within(1e-12)).isLessThan(1 - naive.survivalAt(6));
	}

	@Test
	void sumsToOneMinusOverallSurvivalAcrossCauses() {
		// Given
		List<CompetingRiskObservation> units = List.of(obs(1, DEATH), obs(2, AMPUTATION), obs(2, DEATH),
				obs(3, 0), obs(7, AMPUTATION), obs(8, 0), obs(9, DEATH));
		KaplanMeierCurve anyEvent = KaplanMeier.estimate(units.stream()
			.map(unit -> new SurvivalObservation(unit.time(), unit.cause() != 0))
			.toList());

		// When
		double both = CumulativeIncidence.at(CumulativeIncidence.estimate(units, AMPUTATION), 9)
				+ CumulativeIncidence.at(CumulativeIncidence.estimate(units, DEATH), 9);

		// Then
		assertThat(both).isCloseTo(1 - anyEvent.survivalAt(9), within(1e-12));
	}

	@Test
	void isZeroWithoutEventsOfThatCause() {
		List<CompetingRiskObservation> units = List.of(obs(3, DEATH), obs(4, 0));

		assertThat(CumulativeIncidence.at(CumulativeIncidence.estimate(units, AMPUTATION), 10)).isZero();
	}

	private static CompetingRiskObservation obs(double time, int cause) {
		return new CompetingRiskObservation(time, cause);
	}

}
