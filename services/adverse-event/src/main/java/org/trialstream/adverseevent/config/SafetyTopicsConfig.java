package org.trialstream.adverseevent.config;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.trialstream.avro.Topics;
import org.trialstream.avro.serde.SchemaPrefetch;

/**
 * The topics this service writes, created at start-up where they are missing: the safety events are clinical
 * records, so infinite retention and never compacted. The partition count is left to the broker (and to the
 * launcher, which creates every topic first): naming one here would make Spring add partitions to an existing
 * topic with fewer, which would move subjects to other partitions and break their order. The producer is made ready
 * for them at start-up, not by the first alert.
 */
@Configuration(proxyBeanMethods = false)
public class SafetyTopicsConfig {

	static final List<String> WRITTEN = List.of(Topics.SAFETY_ALERT_RAISED, Topics.SAFETY_ALERT_UPDATED,
			Topics.SAFETY_ALERT_ACKNOWLEDGED, Topics.SAFETY_ALERT_ESCALATED);

	@Bean
	KafkaAdmin.NewTopics safetyTopics() {
		return new KafkaAdmin.NewTopics(WRITTEN.stream().map(SafetyTopicsConfig::clinicalRecord).toArray(NewTopic[]::new));
	}

	/** The serializer (PrefetchingAvroSerializer) looks up the schemas of the topics written when it is created. */
	@Bean
	DefaultKafkaProducerFactoryCustomizer prefetchWrittenSchemas() {
		return factory -> factory.updateConfigs(Map.of(SchemaPrefetch.PREFETCH_TOPICS, WRITTEN));
	}

	/**
	 * Creates the producer (and with it the serializer's schemas) and loads the topics' partitions before the
	 * service reports ready: on first use they cost the first alert after a start ~90 ms.
	 */
	@Bean
	ApplicationRunner prepareProducer(KafkaTemplate<String, Object> kafkaTemplate) {
		return args -> WRITTEN.forEach(kafkaTemplate::partitionsFor);
	}

	private static NewTopic clinicalRecord(String topic) {
		return TopicBuilder.name(topic)
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
			.config(TopicConfig.RETENTION_MS_CONFIG, "-1")
			.config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
			.build();
	}

}
