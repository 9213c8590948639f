package org.trialstream.sitecapture.config;

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
import org.trialstream.avro.Topics;
import org.trialstream.avro.serde.SchemaPrefetch;
import org.trialstream.sitecapture.events.CaptureEventPublisher;

/**
 * Declares the capture topics this service writes (the producing service declares its topics). They are the audit
 * trail: kept forever, never compacted, the same settings as the test kit's and launcher's provisioning. Existing
 * topics are left as they are. The producer is made ready for them at start-up, not by the first request.
 */
@Configuration(proxyBeanMethods = false)
class CaptureTopicsConfig {

	static final List<String> WRITTEN = List.of(Topics.SUBJECT_ENROLLED, Topics.VISIT_RECORDED,
			Topics.VISIT_CORRECTED, Topics.PROTOCOL_DEVIATION_RECORDED, Topics.ADVERSE_EVENT_REPORTED,
			Topics.ADVERSE_EVENT_UPDATED);

	@Bean
	KafkaAdmin.NewTopics captureTopics(SiteCaptureProperties properties) {
		return new KafkaAdmin.NewTopics(
				WRITTEN.stream().map(topic -> clinical(topic, properties.topics())).toArray(NewTopic[]::new));
	}

	/** The serializer (PrefetchingAvroSerializer) looks up the schemas of the topics written when it is created. */
	@Bean
	DefaultKafkaProducerFactoryCustomizer prefetchWrittenSchemas() {
		return factory -> factory.updateConfigs(Map.of(SchemaPrefetch.PREFETCH_TOPICS, WRITTEN));
	}

	/**
	 * Creates the producer (and with it the serializer's schemas) and loads the topics' partitions before the
	 * service reports ready: on first use they cost the first adverse event after a start ~100 ms.
	 */
	@Bean
	ApplicationRunner prepareProducer(CaptureEventPublisher publisher) {
		return args -> publisher.prepare(WRITTEN);
	}

	private static NewTopic clinical(String name, SiteCaptureProperties.Topics topics) {
		TopicBuilder builder = TopicBuilder.name(name).partitions(topics.partitions());
		if (topics.replicas() != null) {
			builder.replicas(topics.replicas());
		}
		return builder.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
				TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1",
				TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(topics.minInsyncReplicas())))
			.build();
	}

}
