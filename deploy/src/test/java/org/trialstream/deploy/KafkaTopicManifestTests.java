package org.trialstream.deploy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.avro.TopicCatalog;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every topic of the catalogue and every dead-letter topic is a Strimzi KafkaTopic of the cluster, replicated three
 * times with min ISR 2; clinical records and dead letters are kept forever and never compacted.
 */
class KafkaTopicManifestTests {

	private final KubernetesManifests manifests = KubernetesManifests.load();

	@Test
	void everyCatalogueTopicAndDeadLetterTopicIsReplicatedThreeTimesWithMinIsrTwo() {
		// Given every topic of the catalogue and every dead-letter topic; then each has its KafkaTopic
		for (String topic : catalogueTopics()) {
			JsonNode spec = topic(topic).path("spec");
			assertThat(spec.path("replicas").asInt()).as(topic).isEqualTo(3);
			assertThat(spec.path("config").path("min.insync.replicas").asInt()).as(topic).isEqualTo(2);
			assertThat(spec.path("partitions").asInt()).as(topic).isPositive();
		}
	}

	@Test
	void clinicalTopicsAreKeptForeverAndNeverCompacted() {
		// Given the clinical topics of the catalogue and the dead-letter topics (the audit trail)
		List<String> clinical = new ArrayList<>(TopicCatalog.DEAD_LETTER_TOPICS);
		TopicCatalog.ENTRIES.stream().filter(TopicCatalog.Entry::clinicalRecord).map(TopicCatalog.Entry::topic)
			.forEach(clinical::add);
		assertThat(clinical).hasSizeGreaterThan(TopicCatalog.DEAD_LETTER_TOPICS.size());
		for (String topic : clinical) {
			JsonNode config = topic(topic).path("spec").path("config");
			assertThat(config.path("retention.ms").asLong()).as(topic).isEqualTo(-1);
			assertThat(config.path("retention.bytes").asLong(-1)).as(topic).isEqualTo(-1);
			assertThat(config.path("cleanup.policy").asString()).as(topic).isEqualTo("delete");
		}
	}

	@Test
	void everyKafkaTopicBelongsToTheClusterAndNamesItsTopic() {
		String cluster = KubernetesManifests.name(manifests.ofKind("Kafka").getFirst());
		for (JsonNode topic : manifests.ofKind("KafkaTopic")) {
			assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asString())
				.as(KubernetesManifests.name(topic)).isEqualTo(cluster);
			assertThat(topic.path("spec").path("topicName").asString()).isEqualTo(KubernetesManifests.name(topic));
		}
	}

	@Test
	void registryStorageIsKeptForever() {
		// Apicurio refuses to start on a journal that may lose records, and every schema id lives there.
		for (String topic : List.of("kafkasql-journal", "kafkasql-snapshots")) {
			JsonNode config = topic(topic).path("spec").path("config");
			assertThat(config.path("retention.ms").asLong()).as(topic).isEqualTo(-1);
			assertThat(config.path("cleanup.policy").asString()).as(topic).isEqualTo("delete");
		}
	}

	@Test
	void theClusterHasThreeKraftNodesSoMinIsrTwoSurvivesOneLoss() {
		JsonNode pool = manifests.ofKind("KafkaNodePool").getFirst();
		assertThat(pool.path("spec").path("replicas").asInt()).isEqualTo(3);
		assertThat(ComposeTests.strings(pool.path("spec").path("roles"))).containsExactlyInAnyOrder("broker",
				"controller");
		JsonNode config = manifests.ofKind("Kafka").getFirst().path("spec").path("kafka").path("config");
		assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
		assertThat(config.path("auto.create.topics.enable").asBoolean(true)).isFalse();
	}

	static List<String> catalogueTopics() {
		List<String> topics = new ArrayList<>();
		TopicCatalog.ENTRIES.forEach(entry -> topics.add(entry.topic()));
		topics.addAll(TopicCatalog.DEAD_LETTER_TOPICS);
		return topics;
	}

	private JsonNode topic(String name) {
		return manifests.ofKind("KafkaTopic")
			.stream()
			.filter(topic -> name.equals(topic.path("spec").path("topicName").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No KafkaTopic for " + name));
	}

}
