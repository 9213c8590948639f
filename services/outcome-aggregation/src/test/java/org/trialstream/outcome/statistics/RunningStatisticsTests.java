package org.trialstream.outcome.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RunningStatisticsTests {

	@Test
	void computesMeanAndSampleStandardDeviation() {
		// Given: 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squares 32, sample SD sqrt(32 / 7)
		RunningStatistics stats = new RunningStatistics();
		for (double value : new double[] { 2, 4, 4, 4, 5, 5, 7, 9 }) {
			stats.add(value);
		}

		// Then
		assertThat(stats.n()).isEqualTo(8);
		assertThat(stats.mean()).isCloseTo(5.0, within(1e-12));
		assertThat(stats.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7.0), within(1e-12));
	}

	@Test
	void staysAccurateForLargeOffsets() {
		// Given: the naive sum of squares loses every digit here
		RunningStatistics stats = new RunningStatistics();
		for (double value : new double[] { 1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16 }) {
			stats.add(value);
		}

		// Then: same as 4, 7, 13, 16: mean 10, SD sqrt(90 / 3)
		assertThat(stats.mean()).isCloseTo(1e9 + 10, within(1e-6));
		assertThat(stats.standardDeviation()).isCloseTo(Math.sqrt(30.0), within(1e-6));
	}

	@Test
	void mergesPartialResultsExactly() {
		// Given
		RunningStatistics left = new RunningStatistics().add(2).add(4).add(4);
		RunningStatistics right = new RunningStatistics().add(4).add(5).add(5).add(7).add(9);

		// When
		RunningStatistics pooled = left.merge(right);

		// Then
		assertThat(pooled.n()).isEqualTo(8);
		assertThat(pooled.mean()).isCloseTo(5.0, within(1e-12));
		assertThat(pooled.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7.0), within(1e-12));
	}

	@Test
	void hasNoMeanWithoutValuesAndNoSdBelowTwo() {
		RunningStatistics stats = new RunningStatistics();
		assertThat(stats.mean()).isNull();
		stats.add(3.5);
		assertThat(stats.mean()).isEqualTo(3.5);
		assertThat(stats.standardDeviation()).isNull();
	}

}
