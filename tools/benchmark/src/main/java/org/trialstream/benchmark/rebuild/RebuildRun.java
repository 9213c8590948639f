package org.trialstream.benchmark.rebuild;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.trialstream.benchmark.platform.GroupLag;
import org.trialstream.benchmark.platform.LauncherSettings;
import org.trialstream.benchmark.platform.OutcomeApi;
import tools.jackson.databind.JsonNode;

/**
 * One rebuild: the outcome-aggregation jar started as a new instance with a fresh application id (its own state
 * folder and port), timed from the moment its consumer group is assigned to the moment it has committed everything
 * there was; then stopped, with its internal topics, consumer group and state removed.
 */
final class RebuildRun {

	private final Path jar;

	private final String bootstrap;

	private final String registryApi;

	private final Path logs;

	private final LauncherSettings launcher;

	private final OutcomeApi liveOutcome;


	RebuildRun(Path jar, String bootstrap, String registryApi, Path logs, LauncherSettings launcher, URI liveOutcome) {
		this.launcher = launcher;
		this.liveOutcome = new OutcomeApi(liveOutcome);
		this.jar = jar;
		this.bootstrap = bootstrap;
		this.registryApi = registryApi;
		this.logs = logs;
	}

	CatchUpTimer.Result run(GroupLag lag, Duration timeout) throws IOException, InterruptedException, ExecutionException {
		String applicationId = CatchUpTimer.newApplicationId("bench-rebuild");
		Path state = Files.createTempDirectory(applicationId);
		// A copy: the service's engineers may rebuild the jar while this instance starts from it.
		Path copy = Files.copy(jar, state.resolve("outcome-aggregation.jar"));
		int port = freePort();
		long start = System.nanoTime();
		Process process = ChildJvm.start(launcher.jvmOptions(),
				List.of("-Dtrialstream.process=bench-rebuild", "-jar", copy.toString()),
				Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "REGISTRY_URL", registryApi, "OUTCOME_APPLICATION_ID",
						applicationId, "OUTCOME_STATE_DIR", state.toString(), "OUTCOME_AGGREGATION_PORT",
						Integer.toString(port)),
				logs.resolve("bench-rebuild.log"));
		try {
			return await(lag, applicationId, start, process, timeout,
					new OutcomeApi(URI.create("http://127.0.0.1:" + port)));
		}
		finally {
			ChildJvm.stop(process);
			CatchUpTimer.cleanUp(lag, applicationId, state);
		}
	}

	/**
	 * Done when every input record is committed and the instance serves the same closed report counts as the
	 * running instance (which has caught up with the same input before the clock starts).
	 */
	private CatchUpTimer.Result await(GroupLag lag, String applicationId, long start, Process process, Duration timeout,
			OutcomeApi rebuilt) throws ExecutionException, InterruptedException {
		return CatchUpTimer.await(lag, applicationId, start, timeout, () -> {
			if (!process.isAlive()) {
				throw new IllegalStateException("the rebuild instance exited with " + process.exitValue()
						+ "; see " + logs.resolve("bench-rebuild.log"));
			}
		}, committed -> CatchUpTimer.behind(lag, committed) <= committed.size() && sameReport(rebuilt));
	}

	/**
	 * Whether the rebuilt instance serves the benchmark trial's closed report counts, pooled and by arm, as the
	 * running one does: its input offsets are committed before its last deferred summaries reach the report, so
	 * offsets alone would stop the clock early.
	 */
	private boolean sameReport(OutcomeApi rebuilt) throws InterruptedException {
		try {
			Optional<List<JsonNode>> counts = rebuilt.closedReport().map(RebuildRun::counts);
			return counts.isPresent() && counts.equals(liveOutcome.closedReport().map(RebuildRun::counts));
		}
		catch (IOException ex) {
			// Not answering yet: still starting.
			return false;
		}
	}

	private static List<JsonNode> counts(JsonNode report) {
		List<JsonNode> counts = new ArrayList<>();
		counts.add(report.path("pooled").path("counts"));
		report.path("arms").forEach(arm -> counts.add(arm.path("counts")));
		return counts;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
