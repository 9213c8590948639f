package org.trialstream.benchmark.rebuild;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
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

	/**
	 * @param inputRecords source records consumed (all topics the topology reads)
	 * @param processing from the group's assignment to caught up
	 * @param total from the process start to caught up
	 * @param caughtUp false if the timeout ran out first
	 */
	record Result(long inputRecords, Duration processing, Duration total, boolean caughtUp) {

		double recordsPerSecond() {
			return inputRecords / Math.max(1e-9, processing.toNanos() / 1e9);
		}

	}

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

	Result run(GroupLag lag, Duration timeout) throws IOException, InterruptedException, ExecutionException {
		String applicationId = "bench-rebuild-" + UUID.randomUUID().toString().substring(0, 8);
		Path state = Files.createTempDirectory(applicationId);
		Files.createDirectories(logs);
		// A copy: the service's engineers may rebuild the jar while this instance starts from it.
		Path copy = Files.copy(jar, state.resolve("outcome-aggregation.jar"));
		// As the launcher runs a service: its JVM options and two malloc arenas.
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(launcher.jvmOptions());
		command.addAll(List.of("-Dtrialstream.process=bench-rebuild", "-jar", copy.toString()));
		ProcessBuilder builder = new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(logs.resolve("bench-rebuild.log").toFile());
		Map<String, String> env = builder.environment();
		env.put("MALLOC_ARENA_MAX", "2");
		env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
		env.put("REGISTRY_URL", registryApi);
		env.put("OUTCOME_APPLICATION_ID", applicationId);
		env.put("OUTCOME_STATE_DIR", state.toString());
		int port = freePort();
		env.put("OUTCOME_AGGREGATION_PORT", Integer.toString(port));
		long start = System.nanoTime();
		Process process = builder.start();
		try {
			return await(lag, applicationId, start, process, timeout,
					new OutcomeApi(URI.create("http://127.0.0.1:" + port)));
		}
		finally {
			stop(process);
			cleanUp(lag, applicationId, state);
		}
	}

	/**
	 * Done when every input record is committed and the instance serves the same closed report counts as the
	 * running instance (which has caught up with the same input before the clock starts).
	 */
	private Result await(GroupLag lag, String applicationId, long start, Process process, Duration timeout,
			OutcomeApi rebuilt) throws ExecutionException, InterruptedException {
		long deadline = start + timeout.toNanos();
		long assigned = 0;
		Map<TopicPartition, Long> committed = Map.of();
		while (System.nanoTime() < deadline && process.isAlive()) {
			if (assigned == 0 && stable(lag, applicationId)) {
				assigned = System.nanoTime();
			}
			committed = lag.committed(applicationId);
			if (assigned != 0 && !committed.isEmpty()) {
				if (behind(lag, committed) <= committed.size() && sameReport(rebuilt)) {
					long now = System.nanoTime();
					return new Result(sourceRecords(committed, applicationId), Duration.ofNanos(now - assigned),
							Duration.ofNanos(now - start), true);
				}
			}
			Thread.sleep(100);
		}
		if (!process.isAlive()) {
			throw new IllegalStateException("the rebuild instance exited with " + process.exitValue()
					+ "; see " + logs.resolve("bench-rebuild.log"));
		}
		long now = System.nanoTime();
		return new Result(sourceRecords(committed, applicationId), Duration.ofNanos(now - (assigned == 0 ? start : assigned)),
				Duration.ofNanos(now - start), false);
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

	private static boolean stable(GroupLag lag, String applicationId) throws ExecutionException, InterruptedException {
		try {
			ConsumerGroupDescription group = lag.admin()
				.describeConsumerGroups(List.of(applicationId))
				.describedGroups()
				.get(applicationId)
				.get();
			return group.groupState() == GroupState.STABLE && !group.members().isEmpty();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof GroupIdNotFoundException) {
				return false;
			}
			throw ex;
		}
	}

	/** Records not yet committed on the partitions that have a commit (one without any is not in the map). */
	static long behind(GroupLag lag, Map<TopicPartition, Long> committed) throws ExecutionException, InterruptedException {
		Map<TopicPartition, Long> ends = lag.endOffsets(committed.keySet());
		return committed.entrySet().stream().mapToLong(e -> Math.max(0, ends.get(e.getKey()) - e.getValue())).sum();
	}

	static long sourceRecords(Map<TopicPartition, Long> committed, String applicationId) {
		return committed.entrySet()
			.stream()
			.filter(e -> !e.getKey().topic().startsWith(applicationId))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** Removes what a Kafka Streams application of the benchmark left: internal topics, group, state folder. */
	static void cleanUp(GroupLag lag, String applicationId, Path state) {
		try {
			List<String> internal = lag.admin()
				.listTopics()
				.names()
				.get()
				.stream()
				.filter(t -> t.startsWith(applicationId + "-"))
				.toList();
			lag.admin().deleteTopics(internal).all().get();
			// Kafka Streams does not leave its group on close; its members would hold the group for a session.
			lag.admin()
				.removeMembersFromConsumerGroup(applicationId, new RemoveMembersFromConsumerGroupOptions())
				.all()
				.get();
			lag.admin().deleteConsumerGroups(List.of(applicationId)).all().get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof GroupIdNotFoundException) {
				return;
			}
			System.err.println("  rebuild: could not remove " + applicationId + "'s topics or group: " + ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try (Stream<Path> files = Files.walk(state)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			System.err.println("  rebuild: could not delete " + state);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
