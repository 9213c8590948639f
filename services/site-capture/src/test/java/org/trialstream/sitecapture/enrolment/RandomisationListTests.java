package org.trialstream.sitecapture.enrolment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.trialstream.protocol.TrialProtocol.Arm;

import static org.assertj.core.api.Assertions.assertThat;

class RandomisationListTests {

	private static final List<Arm> ONE_ONE_ONE = List.of(new Arm("AMG-4MG", "4 mg", 1), new Arm("AMG-8MG", "8 mg", 1),
			new Arm("PLACEBO", "Placebo", 1));

	@Test
	void keepsOneToOneToOneWithinTwoSubjectsOfExactAtEveryEnrolment() {
		// Given
		RandomisationList list = new RandomisationList(ONE_ONE_ONE, "secret", "LEGEND-1", "US-01");

		// When / Then: permuted blocks of 3 or 6 keep every arm within 2 of its share at every point
		Map<String, Integer> counts = new HashMap<>();
		for (int n = 1; n <= 3000; n++) {
			counts.merge(list.armFor(n), 1, Integer::sum);
			for (Arm arm : ONE_ONE_ONE) {
				assertThat(Math.abs(counts.getOrDefault(arm.code(), 0) - n / 3.0)).as("after %d subjects", n)
					.isLessThanOrEqualTo(2.0);
			}
		}
	}

	@Test
	void honoursATwoToOneRatio() {
		// Given
		List<Arm> twoToOne = List.of(new Arm("HUCMSC", "cells", 2), new Arm("CONTROL", "control", 1));
		RandomisationList list = new RandomisationList(twoToOne, "secret", "HUCMSC-DF", "CN-01");

		// When
		Map<String, Long> counts = new HashMap<>();
		IntStream.rangeClosed(1, 3000).forEach(n -> counts.merge(list.armFor(n), 1L, Long::sum));

		// Then
		assertThat(counts.get("HUCMSC")).isBetween(1998L, 2002L);
		assertThat(counts.get("CONTROL")).isBetween(998L, 1002L);
	}

	@Test
	void givesTheSameListForTheSameSeedSoAllocationsSurviveARestart() {
		// Given
		RandomisationList first = new RandomisationList(ONE_ONE_ONE, "secret", "LEGEND-1", "US-01");
		RandomisationList afterRestart = new RandomisationList(ONE_ONE_ONE, "secret", "LEGEND-1", "US-01");

		// When: the restarted list is asked out of order, as a rebuild from the topic would
		String fiftieth = afterRestart.armFor(50);

		// Then
		assertThat(fiftieth).isEqualTo(first.armFor(50));
		assertThat(IntStream.rangeClosed(1, 60).mapToObj(afterRestart::armFor).toList())
			.isEqualTo(IntStream.rangeClosed(1, 60).mapToObj(first::armFor).toList());
	}

	@Test
	void givesEachSiteItsOwnList() {
		// Given
		RandomisationList us01 = new RandomisationList(ONE_ONE_ONE, "secret", "LEGEND-1", "US-01");
		RandomisationList us02 = new RandomisationList(ONE_ONE_ONE, "secret", "LEGEND-1", "US-02");

		// When
		List<String> first = IntStream.rangeClosed(1, 60).mapToObj(us01::armFor).toList();
		List<String> second = IntStream.rangeClosed(1, 60).mapToObj(us02::armFor).toList();

		// Then
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void allocatesEverySubjectOfASingleArmTrialToThatArm() {
		// Given
		RandomisationList list = new RandomisationList(List.of(new Arm("EXOSOME", "exosome", 1)), "secret",
				"NCT06480123", "CN-GZ2");

		// When / Then
		assertThat(IntStream.rangeClosed(1, 20).mapToObj(list::armFor)).containsOnly("EXOSOME");
	}

	@Test
	void kitNumberIsStableAndDiffersBetweenSubjects() {
		// When
		String kit = KitNumbers.kitNumber("secret", "LEGEND-1", "US-01-0001");

		// Then
		assertThat(kit).matches("KIT-[0-9A-F]{10}");
		assertThat(KitNumbers.kitNumber("secret", "LEGEND-1", "US-01-0001")).isEqualTo(kit);
		assertThat(KitNumbers.kitNumber("secret", "LEGEND-1", "US-01-0002")).isNotEqualTo(kit);
	}

}
