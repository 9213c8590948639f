package org.trialstream.benchmark.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.trialstream.avro.Topics;
import org.trialstream.benchmark.platform.GroupLag;
import org.trialstream.testkit.SharedPlatform;

class StreamsFloorRunTests {

	@Test
	void readsEveryVisitOnTheTopicAndLeavesNothingBehind() throws Exception {
		// Given visits on the visit topic of the test kit's real broker
		String bootstrap = SharedPlatform.get().bootstrapServers();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new ByteArraySerializer())) {
			for (int i = 0; i < 2_000; i++) {
				producer.send(new ProducerRecord<>(Topics.VISIT_RECORDED, "LEGEND-1:S-" + (i % 200), new byte[300]));
			}
		}
		try (GroupLag lag = new GroupLag(bootstrap)) {
			long onTopic = lag.endOffsetSum(Topics.VISIT_RECORDED);

			// When the Kafka Streams floor runs over them
			CatchUpTimer.Result result = new StreamsFloorRun(bootstrap).run(lag, Duration.ofMinutes(2));

			// Then it committed every visit there was, and removed its group and changelog topic afterwards
			assertThat(result.caughtUp()).isTrue();
			assertThat(result.inputRecords()).isEqualTo(onTopic).isGreaterThanOrEqualTo(2_000);
			assertThat(result.recordsPerSecond()).isPositive();
			assertThat(lag.admin().listTopics().names().get()).noneMatch(topic -> topic.startsWith("bench-streams-floor-"));
			assertThat(lag.groupsOf("bench-streams-floor")).isEmpty();
		}
	}

}
