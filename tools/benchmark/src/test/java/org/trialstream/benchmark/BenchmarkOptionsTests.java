package org.trialstream.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.benchmark.alert.AlertSettings;

class BenchmarkOptionsTests {

	private static final Path ROOT = Path.of("/work/project");

	@Test
	void runsTheChosenMeasuresInTheirFixedOrder() {
		// Given measures named out of order
		String[] args = { "--only", "rebuild,floor,ingest", "--duration", "5s", "--rates", "1000,2_000" };

		// When the options are parsed
		BenchmarkOptions options = BenchmarkOptions.parse(args, ROOT);

		// Then they run floor first and rebuild last, with the given step and rates, and the docs are written
		assertThat(options.measures()).containsExactly("floor", "ingest", "rebuild");
		assertThat(options.stepDuration()).isEqualTo(Duration.ofSeconds(5));
		assertThat(options.ingestRates()).containsExactly(1_000, 2_000);
		assertThat(options.docs()).isEqualTo(ROOT.resolve("docs/benchmarks.md"));
	}

	@Test
	void aPlatformTheBenchmarkRestartsComesBackOnThePortsItMeasures() {
		// Given endpoints on moved ports
		String[] args = { "--kafka", "127.0.0.1:29092", "--registry", "http://127.0.0.1:28081", "--site-capture",
				"http://localhost:28080", "--adverse-event", "http://127.0.0.1:28082", "--outcome",
				"http://127.0.0.1:28083" };

		// When the options are parsed
		BenchmarkOptions options = BenchmarkOptions.parse(args, ROOT);

		// Then the launcher is told those ports
		assertThat(options.launcherPorts()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("KAFKA_PORT", "29092",
				"REGISTRY_PORT", "28081", "SITE_CAPTURE_PORT", "28080", "ADVERSE_EVENT_PORT", "28082",
				"OUTCOME_AGGREGATION_PORT", "28083"));
	}

	@Test
	void smokeModeIsShortAndWritesNoDocs() {
		// Given --smoke
		BenchmarkOptions options = BenchmarkOptions.parse(new String[] { "--smoke" }, ROOT);

		// Then every measure runs for seconds, nothing is written, and the report says it was a smoke run
		assertThat(options.measures()).isEqualTo(BenchmarkOptions.ALL_MEASURES);
		assertThat(options.stepDuration()).isEqualTo(Duration.ofSeconds(2));
		assertThat(options.docs()).isNull();
		assertThat(options.conditions()).singleElement().asString().startsWith("smoke mode");
	}

	@Test
	void alertBackgroundDefaultsToTheGoalsThousandVisitsAndCanBeLowered() {
		// Given the default options and options with a lighter background
		AlertSettings defaults = AlertSettings.of(false, Duration.ofSeconds(10),
				BenchmarkOptions.parse(new String[0], ROOT).alertBackground());
		AlertSettings lighter = AlertSettings.of(false, Duration.ofSeconds(10),
				BenchmarkOptions.parse(new String[] { "--alert-background", "100" }, ROOT).alertBackground());

		// Then the goal's background is the default, and the lighter one changes nothing else
		assertThat(defaults.backgroundVisitsPerSecond()).isEqualTo(1_000);
		assertThat(lighter.backgroundVisitsPerSecond()).isEqualTo(100);
		assertThat(lighter.clientCounts()).isEqualTo(defaults.clientCounts());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchmarkOptions.parse(new String[] { "--alert-background", "0" }, ROOT))
			.withMessageContaining("--alert-background");
	}

	@Test
	void refusesToSendAnywhereButLoopback() {
		// Given addresses off this machine
		List<String[]> remote = List.of(new String[] { "--kafka", "10.0.0.5:9092" },
				new String[] { "--site-capture", "http://192.168.1.20:8080" },
				new String[] { "--outcome", "http://example.org:8083" });

		// Then each is refused
		remote.forEach(args -> assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse(args, ROOT))
			.withMessageContaining("loopback"));
	}

	@Test
	void namesAnUnknownMeasureOrOption() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchmarkOptions.parse(new String[] { "--only", "floor,speed" }, ROOT))
			.withMessageContaining("unknown measure speed");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkOptions.parse(new String[] { "--fast" }, ROOT))
			.withMessageContaining("unknown option --fast");
	}

}
