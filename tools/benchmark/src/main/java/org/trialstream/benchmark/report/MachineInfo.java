package org.trialstream.benchmark.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine the figures came from, read from /proc and /etc/os-release (with the JVM's view as a fallback).
 *
 * @param cpuModel CPU model name
 * @param cores online processors
 * @param memoryMb total memory
 * @param os operating system and kernel
 * @param jdk vendor and version of the JDK running the harness (the launcher runs the platform with the same one)
 */
public record MachineInfo(String cpuModel, int cores, long memoryMb, String os, String jdk) {

	public static MachineInfo current() {
		String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name", ':').orElse(System.getProperty("os.arch"));
		long memoryKb = firstValue(Path.of("/proc/meminfo"), "MemTotal", ':')
			.map(v -> Long.parseLong(v.replaceAll("[^0-9]", "")))
			.orElse(0L);
		String os = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", '=').map(v -> v.replace("\"", ""))
			.orElse(System.getProperty("os.name")) + ", kernel " + System.getProperty("os.version");
		String jdk = System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version");
		return new MachineInfo(cpu, Runtime.getRuntime().availableProcessors(), memoryKb / 1024, os, jdk);
	}

	public String describe() {
		return "%s, %d cores, %,d MB memory, %s, JDK %s".formatted(cpuModel, cores, memoryMb, os, jdk);
	}

	private static Optional<String> firstValue(Path file, String key, char separator) {
		try {
			List<String> lines = Files.readAllLines(file);
			return lines.stream()
				.filter(line -> line.startsWith(key))
				.map(line -> line.substring(line.indexOf(separator) + 1).trim())
				.findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
