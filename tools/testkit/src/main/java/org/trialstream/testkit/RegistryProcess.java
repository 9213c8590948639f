package org.trialstream.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The real Apicurio Registry, run as a child process from the distribution the build unpacked
 * ({@code io.apicurio:apicurio-registry-app}, classifier {@code all}). It is killed when this JVM exits.
 */
public final class RegistryProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private final Process process;

	private final String baseUrl;

	private RegistryProcess(Process process, String baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	public static RegistryProcess start(Path home, int httpPort, int managementPort, Path logFile) {
		Path runner = home.resolve("quarkus-run.jar");
		if (!Files.isRegularFile(runner)) {
			throw new IllegalStateException("No Apicurio Registry at " + home
					+ ": build the test kit first (./mvnw -pl tools/testkit -am install), which unpacks it there");
		}
		String java = TestkitPaths.java();
		// C1 alone, as the launcher runs it: the tests' schema lookups are cached by the serdes, start-up is what counts.
		ProcessBuilder builder = new ProcessBuilder(
				List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", runner.toString()))
			.directory(home.toFile())
			.redirectErrorStream(true);
		try {
			Files.createDirectories(logFile.getParent());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write the registry log at " + logFile, ex);
		}
		builder.redirectOutput(logFile.toFile());
		Map<String, String> env = builder.environment();
		env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
		env.put("QUARKUS_HTTP_PORT", Integer.toString(httpPort));
		env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
		env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
		env.put("APICURIO_RULES_GLOBAL_COMPATIBILITY", PlatformSetup.GLOBAL_COMPATIBILITY);
		try {
			Process process = builder.start();
			RegistryProcess registry = new RegistryProcess(process, "http://127.0.0.1:" + httpPort);
			Runtime.getRuntime().addShutdownHook(new Thread(registry::close, "stop-apicurio-registry"));
			registry.awaitReady(logFile);
			return registry;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the Apicurio Registry with " + java, ex);
		}
	}

	public String baseUrl() {
		return baseUrl;
	}

	private void awaitReady(Path logFile) {
		RegistryClient client = new RegistryClient(baseUrl);
		try {
			Awaitility.await("Apicurio Registry ready")
				.atMost(START_TIMEOUT)
				.pollInterval(Duration.ofMillis(100))
				.pollInSameThread()
				.until(() -> {
					if (!process.isAlive()) {
						throw new IllegalStateException(
								"The Apicurio Registry exited with " + process.exitValue() + "; see " + logFile);
					}
					return client.isReady();
				});
		}
		catch (ConditionTimeoutException ex) {
			close();
			throw new IllegalStateException("The Apicurio Registry was not ready within " + START_TIMEOUT + "; see " + logFile, ex);
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
