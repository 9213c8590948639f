package org.trialstream.adverseevent.config;

import java.util.LinkedHashMap;
import java.util.Map;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.config.SerdeConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * One error handler for every listener. A poison pill (bytes that are not Avro, an unknown schema id) fails in the
 * ErrorHandlingDeserializer, never reaches a listener, and goes straight to {@code <topic>-dlt} as the raw bytes it
 * came as, with Spring Kafka's origin headers (topic, partition, offset, exception). A record that fails in a
 * listener is retried with back-off first (the broker may be briefly away), then dead-lettered in its own schema.
 * The dead-letter templates are not beans, so Boot's own KafkaTemplate stays the application's template.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaErrorHandlingConfig {

	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaProperties kafkaProperties) {
		Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
		templates.put(byte[].class, template(kafkaProperties, ByteArraySerializer.class, Map.of()));
		templates.put(Object.class, template(kafkaProperties, AvroKafkaSerializer.class,
				Map.of(SerdeConfig.ARTIFACT_RESOLVER_STRATEGY, DeadLetterTopicIdStrategy.class.getName())));
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates);
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxElapsedTime(30_000);
		return new DefaultErrorHandler(recoverer, backOff);
	}

	private static KafkaTemplate<Object, Object> template(KafkaProperties kafkaProperties, Class<?> valueSerializer,
			Map<String, Object> overrides) {
		Map<String, Object> config = new LinkedHashMap<>(kafkaProperties.buildProducerProperties());
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer);
		config.put(ProducerConfig.CLIENT_ID_CONFIG, "adverse-event-dlt-" + valueSerializer.getSimpleName());
		config.putAll(overrides);
		return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
	}

}
