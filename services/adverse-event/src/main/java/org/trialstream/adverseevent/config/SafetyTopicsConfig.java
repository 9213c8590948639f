package org.trialstream.adverseevent.config;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.trialstream.avro.Topics;

/**
 * The topics this service writes, created at start-up where they are missing: the safety events are clinical
 * records, so infinite retention and never compacted. The partition count is left to the broker (and to the
 * launcher, which creates every topic first): naming one here would make Spring add partitions to an existing
 * topic with fewer, which would move subjects to other partitions and break their order.
 */
@Configuration(proxyBeanMethods = false)
public class SafetyTopicsConfig {

	@Bean
	KafkaAdmin.NewTopics safetyTopics() {
		return new KafkaAdmin.NewTopics(clinicalRecord(Topics.SAFETY_ALERT_RAISED),
				clinicalRecord(Topics.SAFETY_ALERT_UPDATED), clinicalRecord(Topics.SAFETY_ALERT_ACKNOWLEDGED),
				clinicalRecord(Topics.SAFETY_ALERT_ESCALATED));
	}

	private static NewTopic clinicalRecord(String topic) {
		return TopicBuilder.name(topic)
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
			.config(TopicConfig.RETENTION_MS_CONFIG, "-1")
			.config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
			.build();
	}

}
