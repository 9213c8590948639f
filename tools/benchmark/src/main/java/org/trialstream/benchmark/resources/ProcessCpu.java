package org.trialstream.benchmark.resources;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.trialstream.benchmark.platform.PidFiles;

/**
 * Where the machine's cores go during a load: the CPU time of each platform process (found by the launcher's PID
 * files) and of the benchmark itself, sampled before and after, as cores used on average in between. On two cores
 * the load generator, the broker and the three services share the same CPUs, so a figure alone does not say which
 * of them ran out.
 */
public final class ProcessCpu {

	static final String BENCHMARK = "benchmark";

	private final Path home;

	public ProcessCpu(Path home) {
		this.home = home;
	}

	/** CPU time used so far by each process, and when it was read. */
	public record Sample(Map<String, Duration> used, long nanoTime) {
	}

	public Sample sample() {
		Map<String, Duration> used = new LinkedHashMap<>();
		for (String name : ProcessMemory.PROCESSES) {
			PidFiles.pid(home, name)
				.ifPresent(pid -> ProcessHandle.of(pid)
					.flatMap(process -> process.info().totalCpuDuration())
					.ifPresent(cpu -> used.put(name, cpu)));
		}
		ProcessHandle.current().info().totalCpuDuration().ifPresent(cpu -> used.put(BENCHMARK, cpu));
		return new Sample(used, System.nanoTime());
	}

	/** Cores each process used on average between two samples (a process missing from either is left out). */
	public static Map<String, Double> coresBetween(Sample before, Sample after) {
		double seconds = Math.max(1, after.nanoTime() - before.nanoTime()) / 1e9;
		Map<String, Double> cores = new LinkedHashMap<>();
		after.used().forEach((name, cpu) -> Optional.ofNullable(before.used().get(name))
			.ifPresent(start -> cores.put(name, cpu.minus(start).toNanos() / 1e9 / seconds)));
		return cores;
	}

	/** "site-capture 0.95, kafka 0.31, ..." in the order sampled. */
	public static String describe(Map<String, Double> cores) {
		return cores.entrySet()
			.stream()
			.map(entry -> String.format(Locale.ROOT, "%s %.2f", entry.getKey(), entry.getValue()))
			.collect(Collectors.joining(", "));
	}

	public static double total(Map<String, Double> cores) {
		return cores.values().stream().mapToDouble(Double::doubleValue).sum();
	}

}
