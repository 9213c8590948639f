package org.trialstream.benchmark.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.trialstream.benchmark.platform.GroupLag;

/**
 * Times a new Kafka Streams application of the benchmark (the rebuild's instance, the Kafka Streams floor) catching
 * up with its input: from its consumer group's assignment to the moment its committed offsets satisfy the caller's
 * check, looked at every 100 ms; and removes what the application left behind.
 */
final class CatchUpTimer {

	/**
	 * @param inputRecords source records consumed (all topics the application reads)
	 * @param processing from the group's assignment to caught up
	 * @param total from the application's start to caught up
	 * @param caughtUp false if the timeout ran out first
	 */
	record Result(long inputRecords, Duration processing, Duration total, boolean caughtUp) {

		double recordsPerSecond() {
			return inputRecords / Math.max(1e-9, processing.toNanos() / 1e9);
		}

	}

	/** Whether the application has caught up, given the offsets its group has committed (none missing: not empty). */
	@FunctionalInterface
	interface Done {

		boolean test(Map<TopicPartition, Long> committed) throws ExecutionException, InterruptedException;

	}

	private CatchUpTimer() {
	}

	/**
	 * @param start when the application was started ({@link System#nanoTime()})
	 * @param ensureRunning throws (an {@link IllegalStateException} saying why) once the application has stopped
	 */
	static Result await(GroupLag lag, String applicationId, long start, Duration timeout, Runnable ensureRunning,
			Done done) throws ExecutionException, InterruptedException {
		long deadline = start + timeout.toNanos();
		long assigned = 0;
		Map<TopicPartition, Long> committed = Map.of();
		while (System.nanoTime() < deadline) {
			ensureRunning.run();
			if (assigned == 0 && stable(lag, applicationId)) {
				assigned = System.nanoTime();
			}
			committed = lag.committed(applicationId);
			if (assigned != 0 && !committed.isEmpty() && done.test(committed)) {
				long now = System.nanoTime();
				return new Result(sourceRecords(committed, applicationId), Duration.ofNanos(now - assigned),
						Duration.ofNanos(now - start), true);
			}
			Thread.sleep(100);
		}
		long now = System.nanoTime();
		return new Result(sourceRecords(committed, applicationId),
				Duration.ofNanos(now - (assigned == 0 ? start : assigned)), Duration.ofNanos(now - start), false);
	}

	/** Records not yet committed on the partitions that have a commit (one without any is not in the map). */
	static long behind(GroupLag lag, Map<TopicPartition, Long> committed) throws ExecutionException, InterruptedException {
		Map<TopicPartition, Long> ends = lag.endOffsets(committed.keySet());
		return committed.entrySet().stream().mapToLong(e -> Math.max(0, ends.get(e.getKey()) - e.getValue())).sum();
	}

	/** A new application id, {@code prefix} and 8 random hex digits: its group, internal topics and state are its own. */
	static String newApplicationId(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Removes what the application left: internal topics, group, state folder. */
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

	private static long sourceRecords(Map<TopicPartition, Long> committed, String applicationId) {
		return committed.entrySet()
			.stream()
			.filter(e -> !e.getKey().topic().startsWith(applicationId))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

}
