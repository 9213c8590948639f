package org.trialstream.outcome.config;

import java.util.stream.Collectors;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.trialstream.outcome.statistics.WoundClosureRule;
import org.trialstream.outcome.topology.ClosureRules;
import org.trialstream.outcome.topology.OutcomeTopology;
import org.trialstream.outcome.topology.PendingSummaries;
import org.trialstream.protocol.TrialProtocols;

/**
 * The Streams application: {@link OutcomeTopology} on Spring's StreamsBuilder (application id, exactly_once_v2 and
 * state dir in application.yml), and this instance's HTTP address as {@code application.server}, so that every
 * instance can tell which one owns a trial's report.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class TopologyConfig {

	@Bean
	TrialProtocols trialProtocols() {
		return TrialProtocols.loadDefault();
	}

	@Bean
	PendingSummaries pendingSummaries() {
		return new PendingSummaries();
	}

	@Bean
	KStream<String, SpecificRecord> outcomeTopology(StreamsBuilder builder, Serde<SpecificRecord> avroSerde,
			TrialProtocols trialProtocols, OutcomeProperties properties, PendingSummaries pendingSummaries) {
		var confirmation = properties.closureConfirmation();
		ClosureRules rules = new ClosureRules(
				new WoundClosureRule(confirmation.minDays(), confirmation.maxDays()),
				confirmation.byTrial()
					.entrySet()
					.stream()
					.collect(Collectors.toMap(e -> e.getKey(),
							e -> new WoundClosureRule(e.getValue().minDays(), e.getValue().maxDays()))));
		return OutcomeTopology.build(builder, avroSerde, trialProtocols, rules, properties.rebuildInterval(),
				pendingSummaries);
	}

	@Bean
	ApplicationServerAdvertiser applicationServerAdvertiser(StreamsBuilderFactoryBean factoryBean,
			OutcomeProperties properties) {
		return new ApplicationServerAdvertiser(factoryBean, properties.advertisedHost());
	}

}
