package org.trialstream.outcome.statistics;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Checked against the Freireich 6-MP leukaemia remission data (Gehan 1965) as tabulated in Kleinbaum and Klein,
 * Survival Analysis, and against R's survfit(conf.type = "log-log"): median 23, 95 % CI 13 to not reached.
 */
class KaplanMeierTests {

	// 6-MP group: remission times in weeks, * = censored.
	static final List<SurvivalObservation> SIX_MP = List.of(event(6), event(6), event(6), censored(6), event(7),
			censored(9), event(10), censored(10), censored(11), event(13), event(16), censored(17), censored(19),
			censored(20), event(22), event(23), censored(25), censored(32), censored(32), censored(34),
			censored(35));

	@Test
	void reproducesThePublishedSixMpSurvivalTable() {
		// When
		KaplanMeierCurve curve = KaplanMeier.estimate(SIX_MP);

		// Then
		assertThat(curve.survivalAt(5.9)).isEqualTo(1.0);
		assertThat(curve.survivalAt(6)).isCloseTo(0.857, within(0.0005));
		assertThat(curve.survivalAt(7)).isCloseTo(0.807, within(0.0005));
		assertThat(curve.survivalAt(10)).isCloseTo(0.753, within(0.0005));
		assertThat(curve.survivalAt(13)).isCloseTo(0.690, within(0.0005));
		assertThat(curve.survivalAt(16)).isCloseTo(0.627, within(0.0005));
		assertThat(curve.survivalAt(22)).isCloseTo(0.538, within(0.0005));
		assertThat(curve.survivalAt(23)).isCloseTo(0.448, within(0.0005));
		assertThat(curve.survivalAt(35)).isCloseTo(0.448, within(0.0005));
	}

	@Test
	void countsTheNumberAtRiskBeforeEachEventTime() {
		// When
		KaplanMeierCurve curve = KaplanMeier.estimate(SIX_MP);

		// Then: n_j from the Kleinbaum and Klein table: 21, 17, 15, 12, 11, 7, 6
		assertThat(curve.steps().stream().filter(step -> step.events() > 0).map(KaplanMeierStep::atRisk))
			.containsExactly(21, 17, 15, 12, 11, 7, 6);
		assertThat(curve.atRiskAt(13)).isEqualTo(12);
		assertThat(curve.events()).isEqualTo(9);
		assertThat(curve.units()).isEqualTo(21);
	}

	@Test
	void givesGreenwoodStandardErrors() {
		// When
		KaplanMeierCurve curve = KaplanMeier.estimate(SIX_MP);

		// Then: hand-computed S * sqrt(sum d / (n (n - d))); R reports 0.0764 at week 6 and 0.1346 at week 23
		assertThat(stepAt(curve, 6).standardError()).isCloseTo(0.0764, within(0.00005));
		assertThat(stepAt(curve, 23).standardError()).isCloseTo(0.1346, within(0.00005));
	}

	@Test
	void estimatesTheSixMpMedianWithALogLogInterval() {
		// When
		MedianSurvival median = KaplanMeier.estimate(SIX_MP).median(ConfidenceTransform.LOG_LOG);

		// Then: lower band first reaches 0.5 at week 13 (0.432); the upper band never does
		assertThat(median).isEqualTo(new MedianSurvival(23.0, 13.0, null));
	}

	@Test
	void estimatesTheSixMpMedianWithAPlainInterval() {
		// When
		MedianSurvival median = KaplanMeier.estimate(SIX_MP).median(ConfidenceTransform.PLAIN);

		// Then: plain lower band at week 13 is 0.690 - 1.96 * 0.1068 = 0.481
		assertThat(median).isEqualTo(new MedianSurvival(23.0, 13.0, null));
	}

	@Test
	void takesTheMidpointWhenTheCurveSitsExactlyAtOneHalf() {
		// Given: four units, events at 1 and 2 (S = 0.5 at 2), then 3 and 4
		List<SurvivalObservation> units = List.of(event(1), event(2), event(3), event(4));

		// When
		MedianSurvival median = KaplanMeier.estimate(units).median(ConfidenceTransform.LOG_LOG);

		// Then
		assertThat(median.median()).isEqualTo(2.5);
	}

	@Test
	void leavesTheMedianUnreachedWhileMostUnitsAreEventFree() {
		// Given
		List<SurvivalObservation> units = List.of(event(10), censored(20), censored(30), censored(40));

		// When
		MedianSurvival median = KaplanMeier.estimate(units).median(ConfidenceTransform.LOG_LOG);

		// Then: S stays at 0.75, though with n = 4 its lower band (0.128) already allows a median at day 10
		assertThat(median).isEqualTo(new MedianSurvival(null, 10.0, null));
	}

	@Test
	void withoutCensoringEqualsTheEmpiricalSurvivalFunction() {
		// Given: 10 units with events on days 1..10
		List<SurvivalObservation> units = IntStream.rangeClosed(1, 10).mapToObj(day -> event(day)).toList();

		// When
		KaplanMeierCurve curve = KaplanMeier.estimate(units);

		// Then
		assertThat(curve.survivalAt(3)).isCloseTo(0.7, within(1e-12));
		assertThat(curve.survivalAt(10)).isEqualTo(0.0);
		assertThat(curve.median(ConfidenceTransform.PLAIN).median()).isEqualTo(5.5);
	}

	@Test
	void anEmptyCohortHasNoSteps() {
		assertThat(KaplanMeier.estimate(List.of()).steps()).isEmpty();
		assertThat(KaplanMeier.estimate(List.of()).median(ConfidenceTransform.LOG_LOG))
			.isEqualTo(MedianSurvival.NOT_REACHED);
	}

	private static KaplanMeierStep stepAt(KaplanMeierCurve curve, double time) {
		return curve.steps().stream().filter(step -> step.time() == time).findFirst().orElseThrow();
	}

	private static SurvivalObservation event(double time) {
		return SurvivalObservation.event(time);
	}

	private static SurvivalObservation censored(double time) {
		return SurvivalObservation.censored(time);
	}

}
