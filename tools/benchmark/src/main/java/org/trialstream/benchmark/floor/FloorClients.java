package org.trialstream.benchmark.floor;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Plain byte clients with the platform's producer guarantees (acks=all, idempotent); no serdes, no registry. */
final class FloorClients {

	private FloorClients() {
	}

	/** For single-record latency: nothing waits to fill a batch. */
	static KafkaProducer<byte[], byte[]> latencyProducer(String bootstrap) {
		Map<String, Object> config = producerBase(bootstrap);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
		return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
	}

	/** For the top rate: Kafka 4's default linger, larger batches. */
	static KafkaProducer<byte[], byte[]> throughputProducer(String bootstrap) {
		Map<String, Object> config = producerBase(bootstrap);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
		config.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
		config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
		return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
	}

	static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
		return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
	}

	private static Map<String, Object> producerBase(String bootstrap) {
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		return config;
	}

}
