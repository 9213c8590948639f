package org.trialstream.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;

/**
 * Reads topics from their beginning, as an outside consumer would, so a test can assert on the events a service
 * wrote: {@code probe.awaitRecord(r -> r.key().equals(key))}. Topics are shared by the test classes of a JVM, so
 * match on something unique to the test (a subject id, an event id).
 */
public final class TopicProbe<V> implements AutoCloseable {

	private static final Duration POLL = Duration.ofMillis(100);

	private final KafkaConsumer<String, V> consumer;

	private final List<ConsumerRecord<String, V>> seen = new CopyOnWriteArrayList<>();

	private TopicProbe(KafkaConsumer<String, V> consumer, List<String> topics) {
		this.consumer = consumer;
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : topics) {
			consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
		}
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
	}

	public static TopicProbe<SpecificRecord> avro(RunningPlatform platform, String... topics) {
		return new TopicProbe<>(PlatformClients.avroConsumer(platform), Arrays.asList(topics));
	}

	public static TopicProbe<byte[]> bytes(RunningPlatform platform, String... topics) {
		return new TopicProbe<>(PlatformClients.bytesConsumer(platform), Arrays.asList(topics));
	}

	/** Waits up to {@code timeout} for a record that matches and returns it. */
	public ConsumerRecord<String, V> awaitRecord(Predicate<ConsumerRecord<String, V>> match, Duration timeout) {
		return Awaitility.await("a matching record")
			.atMost(timeout)
			.pollInterval(Duration.ZERO)
			.pollInSameThread()
			.until(() -> {
				pollOnce();
				return find(match);
			}, Optional::isPresent)
			.orElseThrow();
	}

	/** Waits until {@code count} records match and returns them all. */
	public List<ConsumerRecord<String, V>> awaitRecords(Predicate<ConsumerRecord<String, V>> match, int count,
			Duration timeout) {
		return Awaitility.await(count + " matching records")
			.atMost(timeout)
			.pollInterval(Duration.ZERO)
			.pollInSameThread()
			.until(() -> {
				pollOnce();
				return matching(match);
			}, records -> records.size() >= count);
	}

	/** Fails if a matching record appears within {@code window}: for asserting that something was NOT written. */
	public void awaitNoRecord(Predicate<ConsumerRecord<String, V>> match, Duration window) {
		Awaitility.await("no matching record for " + window)
			.during(window)
			.atMost(window.plusSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.pollInSameThread()
			.until(() -> {
				pollOnce();
				return find(match).isEmpty();
			});
	}

	public List<ConsumerRecord<String, V>> matching(Predicate<ConsumerRecord<String, V>> match) {
		return seen.stream().filter(match).toList();
	}

	private Optional<ConsumerRecord<String, V>> find(Predicate<ConsumerRecord<String, V>> match) {
		return seen.stream().filter(match).findFirst();
	}

	private void pollOnce() {
		consumer.poll(POLL).forEach(seen::add);
	}

	@Override
	public void close() {
		consumer.close();
	}

}
