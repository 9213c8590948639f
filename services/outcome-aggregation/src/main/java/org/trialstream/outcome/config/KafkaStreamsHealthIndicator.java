package org.trialstream.outcome.config;

import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * The Streams application in the health endpoint: up while running or rebalancing (reports are served or briefly
 * answered with 503), down once it has stopped or failed, so an orchestrator restarts the instance.
 */
@Component("kafkaStreams")
class KafkaStreamsHealthIndicator implements HealthIndicator {

	private final StreamsBuilderFactoryBean streams;

	KafkaStreamsHealthIndicator(StreamsBuilderFactoryBean streams) {
		this.streams = streams;
	}

	@Override
	public Health health() {
		KafkaStreams kafkaStreams = streams.getKafkaStreams();
		if (kafkaStreams == null) {
			return Health.down().withDetail("state", "NOT_STARTED").build();
		}
		KafkaStreams.State state = kafkaStreams.state();
		Health.Builder health = state.isRunningOrRebalancing() ? Health.up() : Health.down();
		return health.withDetail("state", state.name()).build();
	}

}
