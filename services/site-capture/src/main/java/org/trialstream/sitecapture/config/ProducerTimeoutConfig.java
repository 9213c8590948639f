package org.trialstream.sitecapture.config;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aligns the producer's own timeouts with {@code site-capture.broker-ack-timeout}: once a client got its 503, the
 * producer has stopped waiting for metadata (max.block.ms) and stops retrying the send (delivery.timeout.ms) at about
 * the same time, so a write answered 503 rarely lands afterwards.
 */
@Configuration(proxyBeanMethods = false)
class ProducerTimeoutConfig {

	@Bean
	DefaultKafkaProducerFactoryCustomizer producerTimeouts(SiteCaptureProperties properties) {
		long ackMillis = properties.brokerAckTimeout().toMillis();
		long requestMillis = Math.max(500, ackMillis - 1000);
		return factory -> factory.updateConfigs(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, ackMillis,
				ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) requestMillis,
				ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(ackMillis, requestMillis + 100)));
	}

}
