package org.trialstream.benchmark.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the benchmark starts as the launcher starts a service (the running services' JVM options, two malloc arenas),
 * its output in a log file of its own: the rebuild's instance and the fresh Kafka Streams floor.
 */
final class ChildJvm {

	private ChildJvm() {
	}

	/** Starts {@code java <launcher's options> <arguments>} with {@code environment} added to the benchmark's own. */
	static Process start(List<String> jvmOptions, List<String> arguments, Map<String, String> environment, Path log)
			throws IOException {
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("MALLOC_ARENA_MAX", "2");
		builder.environment().putAll(environment);
		return builder.start();
	}

	/** Asks it to stop (its shutdown hooks run), then forces it after 30 s. */
	static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

}
