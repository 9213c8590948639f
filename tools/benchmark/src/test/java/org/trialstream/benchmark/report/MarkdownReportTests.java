package org.trialstream.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTests {

	private static final MachineInfo MACHINE = new MachineInfo("AMD EPYC", 2, 24_105, "Debian GNU/Linux 12",
			"Eclipse Adoptium 25");

	@TempDir
	Path folder;

	@Test
	void replacesOnlyTheBlocksOfTheMeasuresThatRanAndKeepsTheProse() throws IOException {
		// Given a benchmarks page with hand-written analysis and the blocks of an earlier run of two measures
		Path page = folder.resolve("benchmarks.md");
		Files.writeString(page, "# Benchmarks\n\nWhere the time goes: prose.\n");
		MarkdownReport.write(report("2026-11-21T07:00:00Z", section("floor", 0.38), section("ingest", 9.0)), page);

		// When a later run measures only the ingest
		MarkdownReport.write(report("2026-11-22T07:50:00Z", section("ingest", 7.5)), page);

		// Then the ingest block holds the new figure and date, the floor block and the prose are untouched
		String text = Files.readString(page);
		assertThat(text).startsWith("# Benchmarks\n\nWhere the time goes: prose.\n");
		assertThat(text).contains("| p50 | 0.380 | ms |").contains("| p50 | 7.50 | ms |").doesNotContain("9.00");
		assertThat(text).contains("Measured 2026-11-21 07:00 UTC").contains("Measured 2026-11-22 07:50 UTC");
		assertThat(text).containsOnlyOnce("<!-- bench:ingest:start -->").containsOnlyOnce("<!-- bench:floor:end -->");
		assertThat(text).contains("Last run: 2026-11-22 07:50 UTC on AMD EPYC, 2 cores, 24,105 MB memory");
	}

	private static Report report(String date, Section... sections) {
		return new Report(Instant.parse(date), MACHINE, List.of("machine shared"), List.of(sections));
	}

	private static Section section(String measure, double p50) {
		return new Section(measure, measure, List.of(Figure.of(measure, "p50", p50, "ms")), List.of("a note"));
	}

}
