package org.trialstream.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ClinicalModelTests {

	private final ClinicalModel model = new ClinicalModel(new Random(1));

	@Test
	void activeArmsHealWithAMedianNearEightyFourDaysAndPlaceboNearTwoHundredEighty() {
		assertThat(medianDaysToClosure("AMG-8MG")).isBetween(75.0, 95.0);
		assertThat(medianDaysToClosure("PLACEBO")).isBetween(250.0, 310.0);
	}

	@Test
	void areaShrinksToZeroAtTheClosureDay() {
		assertThat(ClinicalModel.areaOnDay(4.0, 0, 100)).isEqualTo(4.0);
		assertThat(ClinicalModel.areaOnDay(4.0, 50, 100)).isLessThan(2.0).isPositive();
		assertThat(ClinicalModel.areaOnDay(4.0, 100, 100)).isZero();
	}

	@Test
	void baselineAreaStaysInsideTheProtocolBounds() {
		IntStream.range(0, 2000).mapToDouble(i -> model.baselineAreaCm2(1.0, 10.0))
			.forEach(area -> assertThat(area).isBetween(1.0, 10.0));
	}

	@Test
	void typicalLabsStayInsideTheirPlausibleRanges() {
		IntStream.range(0, 500).forEach(i -> {
			assertThat(model.typicalLab("HEMOGLOBIN")).isBetween(95.0, 165.0);
			assertThat(model.typicalLab("HBA1C")).isLessThan(12.0);
		});
	}

	private double medianDaysToClosure(String arm) {
		int[] days = IntStream.range(0, 4001).map(i -> model.daysToClosure(arm)).toArray();
		Arrays.sort(days);
		return days[2000];
	}

}
