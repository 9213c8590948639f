package org.trialstream.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One of the platform's services run as its own process from its built jar, pointed at a running broker and
 * registry, as the launcher runs it: for end-to-end tests that cross services. Killed when this JVM exits.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Process process;

	private final int port;

	private ServiceProcess(String name, Process process, int port) {
		this.name = name;
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts {@code services/<name>/target/trialstream-<name>-*.jar} below the project root with the platform's
	 * variables, the port variable set to a free port, and any extra environment; waits until its health is UP.
	 */
	public static ServiceProcess start(String name, RunningPlatform platform, Map<String, String> extraEnvironment) {
		Path jar = TestkitPaths.builtJar("services/" + name, "trialstream-" + name);
		int port = FreePorts.next();
		Path log = TestkitPaths.home().resolve("logs/test-" + name + "-" + port + ".log");
		List<String> command = new ArrayList<>(List.of(TestkitPaths.java(), "-Xmx256m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		PlatformProperties.of(platform).forEach((key, value) -> env.put(key, value.toString()));
		env.put(name.toUpperCase().replace('-', '_') + "_PORT", Integer.toString(port));
		env.put("OUTCOME_STATE_DIR", TestkitPaths.home().resolve("test-state/" + name + "-" + port).toString());
		env.putAll(extraEnvironment);
		try {
			Files.createDirectories(log.getParent());
			ServiceProcess service = new ServiceProcess(name, builder.start(), port);
			Runtime.getRuntime().addShutdownHook(new Thread(service::close, "stop-" + name));
			service.awaitHealthy(log);
			return service;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start " + name + " from " + jar, ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	public long pid() {
		return process.pid();
	}

	private void awaitHealthy(Path log) {
		try {
			Awaitility.await(name + " healthy")
				.atMost(START_TIMEOUT)
				.pollInterval(Duration.ofMillis(250))
				.pollInSameThread()
				.until(() -> {
					if (!process.isAlive()) {
						throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
					}
					return healthy();
				});
		}
		catch (ConditionTimeoutException ex) {
			close();
			throw new IllegalStateException(name + " was not healthy within " + START_TIMEOUT + "; see " + log, ex);
		}
	}

	private boolean healthy() {
		try {
			HttpResponse<String> health = HTTP.send(
					HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
					HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("UP");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(15, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
