package org.trialstream.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportTableTests {

	@Test
	void printsALatencyBesideItsMultipleOfTheFloorAndItsGoal() {
		// Given a p99 of 12.345 ms against a floor p99 of 2.2 ms and a goal of at most 20 ms
		Figure figure = Figure.of("ingest", "single visit p99 at 5,000/s", 12.345, "ms")
			.againstFloor(2.2)
			.withGoal(Goal.atMost(20));

		// When it is formatted
		List<String> cells = ReportTable.cells(figure);

		// Then the value has three significant digits, the ratio is 12.345 / 2.2, and the goal is met
		assertThat(cells).containsExactly("single visit p99 at 5,000/s", "12.3", "ms", "x5.61", "<= 20 ms", "yes",
				"");
	}

	@Test
	void printsAThroughputAsAShareOfTheFloorAndFlagsAMissedGoal() {
		// Given 4,200 visits/s against a producer floor of 280,000 records/s and a goal of at least 5,000
		Figure figure = Figure.of("ingest", "single visits", 4_200, "visits/s")
			.againstFloor(280_000.0)
			.withGoal(Goal.atLeast(5_000))
			.withNote("p99 < 20 ms");

		// When it is formatted
		List<String> cells = ReportTable.cells(figure);

		// Then the share is shown as a ratio and the missed goal stands out
		assertThat(cells).containsExactly("single visits", "4,200", "visits/s", "x0.015", ">= 5,000 visits/s", "NO",
				"p99 < 20 ms");
	}

	@Test
	void leavesRatioAndGoalEmptyWhereNoneApplies() {
		// Given a figure with neither floor nor goal
		Figure figure = Figure.of("startup", "up to ready", 41, "s");

		// When it is printed as text and as Markdown
		String text = ReportTable.text(List.of(figure));
		String markdown = ReportTable.markdown(List.of(figure));

		// Then the row has the value and empty ratio and goal cells
		assertThat(text.lines().toList().get(1)).isEqualTo("up to ready     41  s");
		assertThat(markdown).contains("| up to ready | 41 | s |  |  |  |  |");
		assertThat(markdown.lines().toList().get(1)).isEqualTo("| --- | --- | --- | --- | --- | --- | --- |");
	}

	@Test
	void showsAFigureThatWasNotMeasuredAsADashThatMissesItsGoal() {
		// Given a latency with no sample behind it
		Figure figure = Figure.of("alert", "alert p50, 100 clients", Double.NaN, "ms")
			.againstFloor(0.38)
			.withGoal(Goal.atMost(5));

		// Then it is a dash, with no ratio, and the goal is not met
		assertThat(ReportTable.cells(figure)).containsExactly("alert p50, 100 clients", "-", "ms", "", "<= 5 ms", "NO",
				"");
	}

}
