package org.trialstream.outcome.api;

import java.util.List;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;
import org.trialstream.outcome.reporting.TrialReport;
import org.trialstream.outcome.reporting.TrialReportBuilder;
import org.trialstream.outcome.topology.OutcomeStores;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

/**
 * Finds a trial's report. The topology keeps each trial's report in exactly one partition (key trialId), so Kafka
 * Streams' metadata names the one instance that owns it: this one answers from its store, another is asked over
 * HTTP. A trial without events yet has an empty report.
 */
@Component
class TrialReportLocator {

	private final StreamsBuilderFactoryBean streams;

	private final TrialProtocols protocols;

	TrialReportLocator(StreamsBuilderFactoryBean streams, TrialProtocols protocols) {
		this.streams = streams;
		this.protocols = protocols;
	}

	ReportLocation locate(String trialId, boolean forwarded) {
		TrialProtocol protocol = protocols.get(trialId);
		KafkaStreams kafkaStreams = streams.getKafkaStreams();
		if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
			throw new ReportsUnavailableException("Outcome reports are being rebuilt", null);
		}
		KeyQueryMetadata owner = kafkaStreams.queryMetadataForKey(OutcomeStores.TRIAL_REPORTS, trialId,
				Serdes.String().serializer());
		if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
			throw new ReportsUnavailableException("No instance holds the reports of " + trialId + " right now", null);
		}
		HostInfo self = HostInfo.buildFromEndpoint(
				(String) streams.getStreamsConfiguration().get(StreamsConfig.APPLICATION_SERVER_CONFIG));
		if (!owner.activeHost().equals(self)) {
			if (forwarded) {
				// The owner moved while the request was forwarded: let the client retry rather than bounce around.
				throw new ReportsUnavailableException("The reports of " + trialId + " are moving between instances",
						null);
			}
			return new ReportLocation.Remote(owner.activeHost().host(), owner.activeHost().port());
		}
		try {
			ReadOnlyKeyValueStore<String, TrialReport> store = kafkaStreams.store(StoreQueryParameters
				.fromNameAndType(OutcomeStores.TRIAL_REPORTS, QueryableStoreTypes.<String, TrialReport>keyValueStore())
				.withPartition(owner.partition()));
			TrialReport report = store.get(trialId);
			return new ReportLocation.Local(
					report != null ? report : new TrialReportBuilder(protocol).build(List.of(), null, null));
		}
		catch (InvalidStateStoreException ex) {
			throw new ReportsUnavailableException("Outcome reports are being restored", ex);
		}
	}

}
