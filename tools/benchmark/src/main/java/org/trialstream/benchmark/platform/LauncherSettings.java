package org.trialstream.benchmark.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * How the launcher runs the services: the JVM options on the command line of the running outcome-aggregation (found
 * by its PID file), so that the benchmark starts its own instances alike and reports what it measured, without a
 * second copy of the launcher's options to keep in step.
 */
public record LauncherSettings(List<String> jvmOptions) {

	/** When no service runs to read them from: the launcher's defaults at the time of writing. */
	static final List<String> DEFAULTS = List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
			"-Djdk.nio.maxCachedBufferSize=262144");

	private static final String PROCESS_NAME = "-Dtrialstream.process=";

	public static LauncherSettings of(Path home) {
		OptionalLong pid = PidFiles.pid(home, "outcome-aggregation");
		if (pid.isEmpty()) {
			return new LauncherSettings(DEFAULTS);
		}
		try {
			byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(pid.getAsLong()), "cmdline"));
			return new LauncherSettings(jvmOptions(new String(cmdline, StandardCharsets.UTF_8).split("\0")));
		}
		catch (IOException ex) {
			return new LauncherSettings(DEFAULTS);
		}
	}

	/** The options between the java binary and {@code -jar}, less the process name the launcher tags it with. */
	static List<String> jvmOptions(String[] commandLine) {
		int jar = Arrays.asList(commandLine).indexOf("-jar");
		if (jar < 1) {
			return DEFAULTS;
		}
		return Arrays.stream(commandLine, 1, jar).filter(option -> !option.startsWith(PROCESS_NAME)).toList();
	}

	public String describe() {
		return String.join(" ", jvmOptions);
	}

}
