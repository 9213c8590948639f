package org.trialstream.outcome.statistics;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AreaReductionTests {

	@Test
	void computesPercentReductionFromBaseline() {
		assertThat(AreaReduction.percent(4.0, 1.0)).isCloseTo(75.0, within(1e-12));
		assertThat(AreaReduction.percent(4.0, 5.0)).isCloseTo(-25.0, within(1e-12));
		assertThat(AreaReduction.percent(4.0, 0.0)).isCloseTo(100.0, within(1e-12));
	}

	@Test
	void hasNoReductionWithoutABaselineArea() {
		assertThat(AreaReduction.percent(null, 1.0)).isNull();
		assertThat(AreaReduction.percent(0.0, 1.0)).isNull();
		assertThat(AreaReduction.percent(2.0, null)).isNull();
	}

	@Test
	void flagsHalvedAreaAtWeekFourAsAResponder() {
		// Given: 3.0 cm2 at baseline, 1.5 at day 28 (exactly 50 %)
		List<WoundVisit> visits = List.of(visit(0, 3.0), visit(28, 1.5), visit(56, 3.0));

		// When / Then
		assertThat(AreaReduction.weekFourResponder(3.0, visits)).contains(true);
	}

	@Test
	void doesNotFlagFortyNinePercentAtWeekFour() {
		List<WoundVisit> visits = List.of(visit(0, 10.0), visit(30, 5.1));

		assertThat(AreaReduction.weekFourResponder(10.0, visits)).contains(false);
	}

	@Test
	void usesTheVisitNearestToDayTwentyEight() {
		// Given: day 22 halved, day 31 not
		List<WoundVisit> visits = List.of(visit(0, 10.0), visit(22, 4.0), visit(31, 8.0));

		// When / Then
		assertThat(AreaReduction.weekFourResponder(10.0, visits)).contains(false);
	}

	@Test
	void hasNoFlagWithoutAVisitNearWeekFour() {
		List<WoundVisit> visits = List.of(visit(0, 10.0), visit(14, 4.0), visit(56, 2.0));

		assertThat(AreaReduction.weekFourResponder(10.0, visits)).isEqualTo(Optional.empty());
	}

	static WoundVisit visit(int day, double area) {
		return new WoundVisit(day, area, 0, false, false);
	}

}
