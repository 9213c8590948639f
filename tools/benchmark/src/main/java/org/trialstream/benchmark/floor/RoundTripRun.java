package org.trialstream.benchmark.floor;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.trialstream.benchmark.harness.LoadPlan;
import org.trialstream.benchmark.harness.LoadResult;
import org.trialstream.benchmark.harness.NanoClock;
import org.trialstream.benchmark.harness.OpenLoopScheduler;

/**
 * One open-loop round-trip run: records sent on schedule, each timed from its intended send to its arrival at a
 * consumer in the same process (same clock). The record's first 8 bytes carry its sequence number.
 */
public final class RoundTripRun {

	private static final Duration POLL = Duration.ofMillis(100);

	private RoundTripRun() {
	}

	public static LoadResult run(String bootstrap, String topic, int records, double rate, int recordBytes) {
		AtomicReferenceArray<CompletableFuture<Boolean>> arrivals = new AtomicReferenceArray<>(records);
		for (int i = 0; i < records; i++) {
			arrivals.set(i, new CompletableFuture<>());
		}
		TopicPartition partition = new TopicPartition(topic, 0);
		try (KafkaProducer<byte[], byte[]> producer = FloorClients.latencyProducer(bootstrap);
				KafkaConsumer<byte[], byte[]> consumer = FloorClients.consumer(bootstrap)) {
			consumer.assign(List.of(partition));
			consumer.seekToEnd(List.of(partition));
			consumer.position(partition);
			producer.partitionsFor(topic);
			AtomicBoolean reading = new AtomicBoolean(true);
			Thread reader = Thread.ofPlatform().name("floor-consumer").start(() -> {
				while (reading.get()) {
					for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
						long sequence = ByteBuffer.wrap(record.value()).getLong();
						if (sequence >= 0 && sequence < records) {
							arrivals.get((int) sequence).complete(true);
						}
					}
				}
			});
			Duration duration = Duration.ofNanos((long) Math.ceil(records / rate * 1e9) + 1);
			LoadPlan plan = new LoadPlan(rate, duration, records, Duration.ofSeconds(10), records);
			LoadResult result = new OpenLoopScheduler(NanoClock.SYSTEM).run(plan, (sequence, intended) -> {
				byte[] value = new byte[recordBytes];
				ByteBuffer.wrap(value).putLong(sequence);
				CompletableFuture<Boolean> arrival = arrivals.get((int) sequence);
				producer.send(new ProducerRecord<>(topic, value), (metadata, error) -> {
					if (error != null) {
						arrival.completeExceptionally(error);
					}
				});
				return arrival;
			});
			reading.set(false);
			join(reader);
			return result;
		}
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
