package org.trialstream.outcome.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class ReportBacklogTests {

	private final Map<MetricName, Metric> metrics = new HashMap<>();

	@Test
	void addsUpTheLagOfEveryPartitionTheStreamThreadsRead() {
		// Given the per-partition lags of two stream threads' consumers, as Kafka's fetch manager names them
		lag("outcome-aggregation-StreamThread-1-consumer", "capture.visit-recorded.v1", 0, 120_000);
		lag("outcome-aggregation-StreamThread-1-consumer", "capture.subject-enrolled.v1", 0, 12_000);
		lag("outcome-aggregation-StreamThread-2-consumer", "outcome-aggregation-trial-updates-repartition", 3, 500);

		// Then
		assertThat(ReportBacklog.eventsUnread(metrics)).isEqualTo(132_500);
	}

	@Test
	void leavesOutTheRestoreConsumersPartitionsNotFetchedYetAndTheMaxima() {
		// Given lags that are not events this instance has yet to process
		lag("outcome-aggregation-StreamThread-1-restore-consumer", "outcome-aggregation-subject-visits-changelog", 0,
				90_000);
		lag("outcome-aggregation-StreamThread-1-consumer", "capture.visit-recorded.v1", 1, Double.NaN);
		metrics.put(new MetricName("records-lag-max", ReportBacklog.FETCH_METRICS, "",
				Map.of("client-id", "outcome-aggregation-StreamThread-1-consumer")), metric(70_000.0));
		lag("outcome-aggregation-StreamThread-1-consumer", "capture.visit-recorded.v1", 2, 7);

		// Then only the one fetched partition of the main consumer counts
		assertThat(ReportBacklog.eventsUnread(metrics)).isEqualTo(7);
	}

	@Test
	void countsAPartitionOnceThoughKafkaNamesItsTopicTwice() {
		// Given one partition's lag under the topic's name and under the legacy name with underscores (KIP-1109)
		lag("outcome-aggregation-StreamThread-1-consumer", "capture.visit-recorded.v1", 4, 1_000);
		lag("outcome-aggregation-StreamThread-1-consumer", "capture_visit-recorded_v1", 4, 1_000);

		// Then
		assertThat(ReportBacklog.eventsUnread(metrics)).isEqualTo(1_000);
	}

	@Test
	void isNothingBehindWithoutMetrics() {
		assertThat(ReportBacklog.eventsUnread(Map.of())).isZero();
	}

	private void lag(String clientId, String topic, int partition, double value) {
		MetricName name = new MetricName(ReportBacklog.RECORDS_LAG, ReportBacklog.FETCH_METRICS, "",
				Map.of("client-id", clientId, "topic", topic, "partition", Integer.toString(partition)));
		metrics.put(name, metric(value));
	}

	private static Metric metric(double value) {
		return new Metric() {

			@Override
			public MetricName metricName() {
				return null;
			}

			@Override
			public Object metricValue() {
				return value;
			}

		};
	}

}
