package org.trialstream.outcome.backlog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;
import org.trialstream.outcome.topology.PendingSummaries;

/**
 * What has yet to reach the reports this instance serves: while a new instance or a reset rebuilds the aggregates from
 * the topics, or while a batch load runs ahead of it, a report is as of an earlier point in the stream, and whoever
 * reads it must be able to tell. Two parts: the events not yet read (the Kafka consumer's own {@code records-lag} per
 * partition, as of its last fetch, on this instance's stream threads, input and repartition topics alike) and the
 * subjects whose events were read but whose summaries wait to be sent to their trial (catching up, that is every
 * subject read until the input runs dry).
 */
@Component
public class ReportBacklog {

	/**
	 * @param eventsUnread events not yet read
	 * @param subjectsPending subjects whose events were read but whose new summary is not yet sent
	 */
	public record Backlog(long eventsUnread, long subjectsPending) {
	}

	static final String FETCH_METRICS = "consumer-fetch-manager-metrics";

	static final String RECORDS_LAG = "records-lag";

	private final StreamsBuilderFactoryBean streams;

	private final PendingSummaries pendingSummaries;

	public ReportBacklog(StreamsBuilderFactoryBean streams, PendingSummaries pendingSummaries) {
		this.streams = streams;
		this.pendingSummaries = pendingSummaries;
	}

	/** Empty while this instance's stream threads are not running. */
	public Optional<Backlog> now() {
		KafkaStreams kafkaStreams = streams.getKafkaStreams();
		if (kafkaStreams == null || !kafkaStreams.state().isRunningOrRebalancing()) {
			return Optional.empty();
		}
		return Optional.of(new Backlog(eventsUnread(kafkaStreams.metrics()), pendingSummaries.subjects()));
	}

	/**
	 * The sum of {@code records-lag} over the partitions of the stream threads' main consumers (not the consumers that
	 * restore state stores); a partition not fetched yet has no figure and counts as none. Kafka 4.1 registers each
	 * partition's metrics twice (KIP-1109: under the topic's name and, as before, with its dots turned into
	 * underscores), so a partition counts once.
	 */
	static long eventsUnread(Map<MetricName, ? extends Metric> metrics) {
		Map<String, Long> byPartition = new HashMap<>();
		for (Map.Entry<MetricName, ? extends Metric> metric : metrics.entrySet()) {
			MetricName name = metric.getKey();
			Map<String, String> tags = name.tags();
			if (!RECORDS_LAG.equals(name.name()) || !FETCH_METRICS.equals(name.group()) || !tags.containsKey("partition")
					|| !tags.containsKey("topic") || !mainConsumer(tags.get("client-id"))) {
				continue;
			}
			if (metric.getValue().metricValue() instanceof Double lag && !lag.isNaN() && lag > 0) {
				String partition = tags.get("client-id") + "|" + tags.get("topic").replace('.', '_') + "|"
						+ tags.get("partition");
				byPartition.merge(partition, lag.longValue(), Math::max);
			}
		}
		return byPartition.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Kafka Streams names a stream thread's consumer {@code <client id>-StreamThread-<n>-consumer}. */
	private static boolean mainConsumer(String clientId) {
		return clientId != null && clientId.contains("-StreamThread-") && clientId.endsWith("-consumer")
				&& !clientId.endsWith("-restore-consumer");
	}

}
