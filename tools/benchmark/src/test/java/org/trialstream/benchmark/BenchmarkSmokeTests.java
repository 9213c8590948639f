package org.trialstream.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.trialstream.benchmark.report.Report;
import org.trialstream.benchmark.report.ReportTable;
import org.trialstream.benchmark.report.Section;
import org.trialstream.testkit.SharedPlatform;

/**
 * Keeps the harness working: its floor measure in smoke mode (a few thousand records, seconds) against the test
 * kit's real embedded broker. The full benchmark never runs in the test suite.
 */
class BenchmarkSmokeTests {

	@Test
	void smokeRunOfTheFloorReportsSaneFigures() {
		// Given the real broker of the test kit
		String bootstrap = SharedPlatform.get().bootstrapServers();
		BenchmarkOptions options = BenchmarkOptions
			.parse(new String[] { "--smoke", "--only", "floor", "--kafka", bootstrap }, Path.of("."));

		// When the harness runs its floor measure in smoke mode
		Report report = BenchmarkApplication.run(options);

		// Then the report has a positive latency distribution and throughput, and prints them
		Section floor = report.sections().getFirst();
		assertThat(floor.measure()).isEqualTo("floor");
		double p50 = floor.figure("round trip p50").value();
		assertThat(p50).isPositive();
		assertThat(floor.figure("round trip p99").value()).isGreaterThanOrEqualTo(p50);
		assertThat(floor.figure("round trip p99.9").value()).isGreaterThanOrEqualTo(floor.figure("round trip p99").value());
		assertThat(floor.figure("producer max").value()).isPositive();
		assertThat(floor.figure("consumer max").value()).isPositive();
		assertThat(ReportTable.text(report.figures())).contains("round trip p50").contains("records/s");
		assertThat(options.docs()).isNull();
	}

}
