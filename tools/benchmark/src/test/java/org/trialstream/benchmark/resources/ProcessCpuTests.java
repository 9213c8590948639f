package org.trialstream.benchmark.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProcessCpuTests {

	@Test
	void givesTheCoresEachProcessUsedBetweenTwoSamples() {
		ProcessCpu.Sample before = new ProcessCpu.Sample(
				Map.of("kafka", Duration.ofSeconds(100), "site-capture", Duration.ofSeconds(40)), 0);
		ProcessCpu.Sample after = new ProcessCpu.Sample(Map.of("kafka", Duration.ofMillis(103_000), "site-capture",
				Duration.ofMillis(49_500), "adverse-event", Duration.ofSeconds(7)), Duration.ofSeconds(10).toNanos());

		Map<String, Double> cores = ProcessCpu.coresBetween(before, after);

		// adverse-event started after the first sample: what it used cannot be split, so it is left out
		assertThat(cores).containsOnlyKeys("kafka", "site-capture");
		assertThat(cores.get("kafka")).isCloseTo(0.30, within(1e-9));
		assertThat(cores.get("site-capture")).isCloseTo(0.95, within(1e-9));
		assertThat(ProcessCpu.total(cores)).isCloseTo(1.25, within(1e-9));
		assertThat(ProcessCpu.describe(cores)).contains("kafka 0.30").contains("site-capture 0.95");
	}

	@Test
	void samplesTheBenchmarkItselfWhenNoPlatformRuns() {
		ProcessCpu cpu = new ProcessCpu(Path.of("/nonexistent-trialstream-home"));

		ProcessCpu.Sample sample = cpu.sample();

		assertThat(sample.used()).containsOnlyKeys(ProcessCpu.BENCHMARK);
		assertThat(sample.used().get(ProcessCpu.BENCHMARK)).isPositive();
	}

}
