package org.trialstream.benchmark.floor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The broker's top rates from one client thread: a producer sending as fast as it can (acks=all, idempotent,
 * batched) until the last acknowledgement, then a consumer reading the same records back from the start.
 */
final class ThroughputRun {

	private ThroughputRun() {
	}

	/** Records per second, from the first send to the last acknowledgement. */
	static double produce(String bootstrap, String topic, int records, int recordBytes) {
		byte[] value = new byte[recordBytes];
		AtomicLong acknowledged = new AtomicLong();
		AtomicReference<Exception> failure = new AtomicReference<>();
		try (KafkaProducer<byte[], byte[]> producer = FloorClients.throughputProducer(bootstrap)) {
			producer.partitionsFor(topic);
			long start = System.nanoTime();
			for (int i = 0; i < records; i++) {
				producer.send(new ProducerRecord<>(topic, value), (metadata, error) -> {
					if (error == null) {
						acknowledged.incrementAndGet();
					}
					else {
						failure.compareAndSet(null, error);
					}
				});
			}
			producer.flush();
			long elapsed = System.nanoTime() - start;
			if (failure.get() != null || acknowledged.get() != records) {
				throw new IllegalStateException("the throughput run lost records", failure.get());
			}
			return records * 1e9 / elapsed;
		}
	}

	/** Records per second reading {@code records} records from the start of the topic. */
	static double consume(String bootstrap, String topic, int records) {
		TopicPartition partition = new TopicPartition(topic, 0);
		try (KafkaConsumer<byte[], byte[]> consumer = FloorClients.consumer(bootstrap)) {
			consumer.assign(List.of(partition));
			consumer.seekToBeginning(List.of(partition));
			consumer.position(partition);
			long start = System.nanoTime();
			long deadline = start + Duration.ofMinutes(2).toNanos();
			long read = 0;
			while (read < records && System.nanoTime() < deadline) {
				read += consumer.poll(Duration.ofMillis(200)).count();
			}
			long elapsed = System.nanoTime() - start;
			if (read < records) {
				throw new IllegalStateException("read only " + read + " of " + records + " records back");
			}
			return read * 1e9 / elapsed;
		}
	}

}
