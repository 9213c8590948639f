package org.trialstream.benchmark.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.trialstream.testkit.SharedPlatform;

/** Consumer groups as the benchmark finds them on the test kit's real broker, before it waits for them. */
class GroupLagTests {

	private final String bootstrap = SharedPlatform.get().bootstrapServers();

	@Test
	void findsEveryGroupOfAServiceWithListenerGroupsOfItsOwn() throws Exception {
		// Given a service whose listeners each read with a group named after it, beside a service with a longer name
		String service = "svc-" + UUID.randomUUID().toString().substring(0, 8);
		String topic = service + "-topic";
		try (GroupLag lag = new GroupLag(bootstrap)) {
			lag.admin().createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
			TopicPartition partition = new TopicPartition(topic, 0);
			writeRecords(topic, 5);
			commit(lag, service + "-visits", partition, 5);
			commit(lag, service + "-reports", partition, 2);
			commit(lag, service + "x-visits", partition, 0);

			// When the benchmark looks for the service's groups
			List<String> groups = lag.groupsOf(service);

			// Then it finds both of its listener groups, not the other service's, and how far each is behind
			assertThat(groups).containsExactly(service + "-reports", service + "-visits");
			assertThat(lag.lag(service + "-visits")).isZero();
			assertThat(lag.lag(service + "-reports")).isEqualTo(3);
		}
	}

	@Test
	void aGroupThatHasNotCommittedYetIsBehindByWhatItsPartitionsHold() throws Exception {
		// Given a listener that joined its group but has committed nothing: one on an empty topic, one on a full one
		String empty = "lag-empty-" + UUID.randomUUID();
		String full = "lag-full-" + UUID.randomUUID();
		try (GroupLag lag = new GroupLag(bootstrap)) {
			lag.admin().createTopics(List.of(new NewTopic(empty, 1, (short) 1), new NewTopic(full, 1, (short) 1)))
				.all()
				.get();
			writeRecords(full, 4);
			try (KafkaConsumer<String, String> onEmpty = joined(empty + "-group", empty);
					KafkaConsumer<String, String> onFull = joined(full + "-group", full)) {

				// When the benchmark asks how far behind they are
				// Then the one on the empty topic has caught up, and the other is behind by every record
				assertThat(lag.lag(empty + "-group")).isZero();
				assertThat(lag.lag(full + "-group")).isEqualTo(4);
			}
			// And a group with neither commits nor members is unknown
			assertThat(lag.lag("no-such-group-" + UUID.randomUUID())).isEqualTo(-1);
		}
	}

	/** A consumer in {@code group} with {@code topic} assigned, that has read and committed nothing. */
	private KafkaConsumer<String, String> joined(String group, String topic) {
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
				"group.id", group, "enable.auto.commit", "false", "max.poll.records", "1",
				"key.deserializer", StringDeserializer.class.getName(),
				"value.deserializer", StringDeserializer.class.getName()));
		consumer.subscribe(List.of(topic));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			consumer.poll(Duration.ofMillis(100));
			return !consumer.assignment().isEmpty();
		});
		return consumer;
	}

	private void writeRecords(String topic, int count) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of("bootstrap.servers", bootstrap, "key.serializer", StringSerializer.class.getName(),
						"value.serializer", StringSerializer.class.getName()))) {
			for (int i = 0; i < count; i++) {
				producer.send(new ProducerRecord<>(topic, "key", "value " + i)).get();
			}
		}
	}

	private static void commit(GroupLag lag, String group, TopicPartition partition, long offset) throws Exception {
		lag.admin().alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(offset))).all().get();
	}

}
