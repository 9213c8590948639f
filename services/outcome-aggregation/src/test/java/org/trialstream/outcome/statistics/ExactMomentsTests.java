package org.trialstream.outcome.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExactMomentsTests {

	@Test
	void givesTheMeanAndSampleStandardDeviationOfAHandComputedExample() {
		// Given: 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squared deviations 32, sample variance 32 / 7
		ExactMoments moments = new ExactMoments();

		// When
		for (double value : new double[] { 2, 4, 4, 4, 5, 5, 7, 9 }) {
			moments.add(value);
		}

		// Then
		assertThat(moments.n()).isEqualTo(8);
		assertThat(moments.mean()).isEqualTo(5.0);
		assertThat(moments.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-15));
	}

	@Test
	void takingValuesOutLeavesExactlyWhatAddingTheRestGives() {
		// Given: values whose naive double sums would round differently in every order
		ExactMoments updated = new ExactMoments();
		for (double value : new double[] { 0.1, 1e9 + 0.3, -0.7, 1 / 3.0, 1e9 + 0.6, 2.2 }) {
			updated.add(value);
		}

		// When
		updated.remove(1e9 + 0.3).remove(0.1);

		// Then
		ExactMoments fresh = new ExactMoments().add(2.2).add(1e9 + 0.6).add(1 / 3.0).add(-0.7);
		assertThat(updated.n()).isEqualTo(4);
		assertThat(updated.mean()).isEqualTo(fresh.mean());
		assertThat(updated.standardDeviation()).isEqualTo(fresh.standardDeviation());
	}

	@Test
	void staysAccurateWhereTheNaiveSumOfSquaresCancels() {
		// Given: a large offset with a spread of 1 (sample SD 1); Welford's test case
		ExactMoments moments = new ExactMoments();

		// When
		moments.add(1e9 + 4).add(1e9 + 5).add(1e9 + 6);

		// Then
		assertThat(moments.standardDeviation()).isEqualTo(1.0);
		assertThat(moments.mean()).isEqualTo(1e9 + 5);
	}

	@Test
	void hasNoMeanWithoutValuesAndNoDeviationBelowTwo() {
		ExactMoments moments = new ExactMoments();
		assertThat(moments.mean()).isNull();
		moments.add(3.5);
		assertThat(moments.mean()).isEqualTo(3.5);
		assertThat(moments.standardDeviation()).isNull();
		moments.remove(3.5);
		assertThat(moments.mean()).isNull();
	}

}
