package org.trialstream.benchmark.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.trialstream.benchmark.platform.PidFiles;

/**
 * Resident memory of the platform's processes, found by the PID files the launcher writes
 * ({@code .trialstream/run/<name>.pid}) and read from {@code /proc/<pid>/status} (VmRSS).
 */
public final class ProcessMemory {

	public static final List<String> PROCESSES = List.of("kafka", "registry", "site-capture", "adverse-event",
			"outcome-aggregation");

	private final Path home;

	public ProcessMemory(Path home) {
		this.home = home;
	}

	/** RSS in MB of each process that runs now, in launcher order. */
	public Map<String, Double> residentMb() {
		Map<String, Double> rss = new LinkedHashMap<>();
		for (String name : PROCESSES) {
			PidFiles.pid(home, name).ifPresent(pid -> vmRssKb(pid).ifPresent(kb -> rss.put(name, kb / 1024.0)));
		}
		return rss;
	}

	static OptionalLong vmRssKb(long pid) {
		try {
			return vmRssKb(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")));
		}
		catch (IOException ex) {
			return OptionalLong.empty();
		}
	}

	static OptionalLong vmRssKb(List<String> status) {
		return status.stream()
			.filter(line -> line.startsWith("VmRSS:"))
			.mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
			.findFirst();
	}

}
