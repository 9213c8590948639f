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
import org.trialstream.outcome.topology.LeanVisitDatumProvider;

/**
 * The Avro serde of every topic the topology reads and writes: Apicurio's serializer and deserializer configured
 * exactly like the services' producers and consumers ({@code spring.kafka.properties}: Confluent wire format, schemas
 * looked up, not registered, specific records, readers and writers cached by schema), except that visit events are
 * read lean ({@link LeanVisitDatumProvider}).
 */
@Configuration(proxyBeanMethods = false)
class AvroSerdeConfig {

	@Bean
	Serde<SpecificRecord> avroSerde(KafkaProperties kafka) {
		Map<String, Object> config = new HashMap<>(kafka.getProperties());
		AvroKafkaSerializer<SpecificRecord> serializer = new AvroKafkaSerializer<>();
		serializer.configure(config, false);
		AvroKafkaDeserializer<SpecificRecord> deserializer = new AvroKafkaDeserializer<>();
		// Visits read without the fields the outcomes never use (labs' units and ranges, vitals...).
		Map<String, Object> reading = new HashMap<>(config);
		reading.put(io.apicurio.registry.serde.avro.AvroSerdeConfig.AVRO_DATUM_PROVIDER,
				LeanVisitDatumProvider.class.getName());
		deserializer.configure(reading, false);
		return Serdes.serdeFrom(serializer, deserializer);
	}

}
