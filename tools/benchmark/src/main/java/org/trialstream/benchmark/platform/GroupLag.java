package org.trialstream.benchmark.platform;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * How far a consumer group (a Kafka Streams application id is one) is behind the end of the partitions it has
 * committed offsets for: the way to tell, from outside, that a service has consumed everything.
 */
public final class GroupLag implements AutoCloseable {

	private final Admin admin;

	public GroupLag(String bootstrapServers) {
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
	}

	public Admin admin() {
		return admin;
	}

	/** Committed offsets by partition; empty before the group's first commit. */
	public Map<TopicPartition, Long> committed(String groupId) throws ExecutionException, InterruptedException {
		Map<TopicPartition, OffsetAndMetadata> offsets;
		try {
			offsets = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof GroupIdNotFoundException) {
				return Map.of();
			}
			throw ex;
		}
		return offsets.entrySet()
			.stream()
			.filter(e -> e.getValue() != null)
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
	}

	public Map<TopicPartition, Long> endOffsets(Iterable<TopicPartition> partitions)
			throws ExecutionException, InterruptedException {
		return offsets(partitions, OffsetSpec.latest());
	}

	/** The topic's partitions, as the broker describes them now. */
	public List<TopicPartition> partitions(String topic) throws ExecutionException, InterruptedException {
		return admin.describeTopics(List.of(topic))
			.allTopicNames()
			.get()
			.get(topic)
			.partitions()
			.stream()
			.map(p -> new TopicPartition(topic, p.partition()))
			.toList();
	}

	/** The end offsets of the topic's partitions, summed: its records, plus any transaction markers among them. */
	public long endOffsetSum(String topic) throws ExecutionException, InterruptedException {
		return endOffsets(partitions(topic)).values().stream().mapToLong(Long::longValue).sum();
	}

	private Map<TopicPartition, Long> offsets(Iterable<TopicPartition> partitions, OffsetSpec spec)
			throws ExecutionException, InterruptedException {
		Map<TopicPartition, OffsetSpec> wanted = new java.util.HashMap<>();
		partitions.forEach(p -> wanted.put(p, spec));
		Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found = admin.listOffsets(wanted).all().get();
		return found.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
	}

	/**
	 * Records behind, summed over the group's partitions. Before the group's first commit that is every record on
	 * the partitions its members are assigned (0 for a listener whose topic is still empty); -1 if it has neither
	 * commits nor assignments.
	 */
	public long lag(String groupId) throws ExecutionException, InterruptedException {
		Map<TopicPartition, Long> committed = committed(groupId);
		if (committed.isEmpty()) {
			Set<TopicPartition> assigned = assigned(groupId);
			if (assigned.isEmpty()) {
				return -1;
			}
			Map<TopicPartition, Long> starts = offsets(assigned, OffsetSpec.earliest());
			return offsets(assigned, OffsetSpec.latest()).entrySet()
				.stream()
				.mapToLong(e -> e.getValue() - starts.get(e.getKey()))
				.sum();
		}
		Map<TopicPartition, Long> ends = endOffsets(committed.keySet());
		return committed.entrySet().stream().mapToLong(e -> Math.max(0, ends.get(e.getKey()) - e.getValue())).sum();
	}

	private Set<TopicPartition> assigned(String groupId) throws ExecutionException, InterruptedException {
		return members(groupId).stream()
			.flatMap(member -> member.assignment().topicPartitions().stream())
			.collect(Collectors.toSet());
	}

	/**
	 * The groups a service reads with: {@code service} itself and every group named {@code service-...} (each of
	 * a Spring Kafka service's listeners with an id has a group of that name).
	 */
	public List<String> groupsOf(String service) throws ExecutionException, InterruptedException {
		return admin.listGroups()
			.all()
			.get()
			.stream()
			.map(GroupListing::groupId)
			.filter(group -> group.equals(service) || group.startsWith(service + "-"))
			.sorted()
			.toList();
	}

	/** Whether any consumer is in the group now (a stopped service leaves its offsets but no members). */
	public boolean hasMembers(String groupId) throws ExecutionException, InterruptedException {
		return !members(groupId).isEmpty();
	}

	/** The group's consumers now; none for a group that does not exist. */
	private Collection<MemberDescription> members(String groupId) throws ExecutionException, InterruptedException {
		try {
			return admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId).get().members();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof GroupIdNotFoundException) {
				return List.of();
			}
			throw ex;
		}
	}

	/**
	 * Waits until the group is at most {@code tolerance} records behind (transaction markers and records written
	 * while we look make an exact zero a moving target). Returns false on timeout.
	 */
	public boolean awaitCaughtUp(String groupId, long tolerance, Duration timeout)
			throws ExecutionException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			long lag = lag(groupId);
			if (lag >= 0 && lag <= tolerance) {
				return true;
			}
			Thread.sleep(200);
		}
		return false;
	}

	@Override
	public void close() {
		admin.close(Duration.ofSeconds(5));
	}

}
