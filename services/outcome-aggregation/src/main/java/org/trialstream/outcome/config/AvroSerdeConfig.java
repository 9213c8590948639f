package org.trialstream.outcome.config;

import java.util.HashMap;
import java.util.Map;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Avro serde of every topic the topology reads and writes: Apicurio's serializer and deserializer configured
 * exactly like the services' producers and consumers ({@code spring.kafka.properties}: Confluent wire format, schemas
 * looked up, not registered, specific records, readers and writers cached by schema).
 */
@Configuration(proxyBeanMethods = false)
class AvroSerdeConfig {

	@Bean
	Serde<SpecificRecord> avroSerde(KafkaProperties kafka) {
		Map<String, Object> config = new HashMap<>(kafka.getProperties());
		AvroKafkaSerializer<SpecificRecord> serializer = new AvroKafkaSerializer<>();
		serializer.configure(config, false);
		AvroKafkaDeserializer<SpecificRecord> deserializer = new AvroKafkaDeserializer<>();
		deserializer.configure(config, false);
		return Serdes.serdeFrom(serializer, deserializer);
	}

}
