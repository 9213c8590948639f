package org.trialstream.testkit;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.config.SerdeConfig;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka clients configured as the services configure theirs: Apicurio's Avro serdes on their defaults (Confluent
 * wire format: magic byte 0, 4-byte id, no headers), schemas looked up rather than auto-registered, acks=all and
 * idempotence on.
 */
public final class PlatformClients {

	private PlatformClients() {
	}

	/** Serde settings shared by producers and consumers. */
	public static Map<String, Object> serdeConfig(RunningPlatform platform) {
		Map<String, Object> config = new HashMap<>();
		config.put(SerdeConfig.REGISTRY_URL, platform.registryApiUrl());
		// Schemas are registered whole by PlatformSetup; the serializer looks them up by that same whole content
		// instead of splitting nested records into separately registered references.
		config.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, false);
		config.put(SerdeConfig.DEREFERENCE_SCHEMA, true);
		config.put(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
		return config;
	}

	public static KafkaProducer<String, SpecificRecord> avroProducer(RunningPlatform platform) {
		Map<String, Object> config = producerConfig(platform);
		config.putAll(serdeConfig(platform));
		return new KafkaProducer<>(config, new StringSerializer(), serializer(platform));
	}

	/** For poison pills: bytes the registry never saw. */
	public static KafkaProducer<String, byte[]> bytesProducer(RunningPlatform platform) {
		return new KafkaProducer<>(producerConfig(platform), new StringSerializer(), new ByteArraySerializer());
	}

	public static KafkaConsumer<String, SpecificRecord> avroConsumer(RunningPlatform platform) {
		AvroKafkaDeserializer<SpecificRecord> deserializer = new AvroKafkaDeserializer<>();
		deserializer.configure(serdeConfig(platform), false);
		return consumer(platform, deserializer);
	}

	public static KafkaConsumer<String, byte[]> bytesConsumer(RunningPlatform platform) {
		return consumer(platform, new ByteArrayDeserializer());
	}

	private static <V> KafkaConsumer<String, V> consumer(RunningPlatform platform, Deserializer<V> values) {
		Map<String, Object> config = new HashMap<>();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "testkit-probe-" + UUID.randomUUID());
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		return new KafkaConsumer<>(config, new StringDeserializer(), values);
	}

	private static AvroKafkaSerializer<SpecificRecord> serializer(RunningPlatform platform) {
		AvroKafkaSerializer<SpecificRecord> serializer = new AvroKafkaSerializer<>();
		serializer.configure(serdeConfig(platform), false);
		return serializer;
	}

	private static Map<String, Object> producerConfig(RunningPlatform platform) {
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		return config;
	}

}
