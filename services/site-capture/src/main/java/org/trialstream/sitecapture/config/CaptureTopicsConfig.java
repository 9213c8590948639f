package org.trialstream.sitecapture.config;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.trialstream.avro.Topics;

/**
 * Declares the capture topics this service writes (the producing service declares its topics). They are the audit
 * trail: kept forever, never compacted, the same settings as the test kit's and launcher's provisioning. Existing
 * topics are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class CaptureTopicsConfig {

	@Bean
	KafkaAdmin.NewTopics captureTopics(SiteCaptureProperties properties) {
		SiteCaptureProperties.Topics topics = properties.topics();
		return new KafkaAdmin.NewTopics(clinical(Topics.SUBJECT_ENROLLED, topics),
				clinical(Topics.VISIT_RECORDED, topics), clinical(Topics.VISIT_CORRECTED, topics),
				clinical(Topics.PROTOCOL_DEVIATION_RECORDED, topics), clinical(Topics.ADVERSE_EVENT_REPORTED, topics),
				clinical(Topics.ADVERSE_EVENT_UPDATED, topics));
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
