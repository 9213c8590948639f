package org.trialstream.deploy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.avro.TopicCatalog;
import org.trialstream.avro.Topics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each service's KafkaUser authenticates with SCRAM-SHA-512 and may touch only its own topics: site-capture writes
 * capture.*, adverse-event reads capture.* and writes safety.* and the dead letters, outcome-aggregation reads
 * capture.*, safety.* and the unblinding and writes outcome.* plus its Streams internals.
 */
class KafkaUserAclTests {

	private final KubernetesManifests manifests = KubernetesManifests.load();

	private final List<String> captureTopics = topicsOf("capture.");

	private final List<String> safetyTopics = topicsOf("safety.");

	private final List<String> outcomeTopics = topicsOf("outcome.");

	@Test
	void everyUserAuthenticatesWithScramUnderSimpleAuthorization() {
		for (var user : manifests.ofKind("KafkaUser")) {
			assertThat(user.path("spec").path("authentication").path("type").asString())
				.as(KubernetesManifests.name(user)).isEqualTo("scram-sha-512");
			assertThat(user.path("spec").path("authorization").path("type").asString()).isEqualTo("simple");
		}
		assertThat(manifests.ofKind("Kafka").getFirst().path("spec").path("kafka").path("authorization").path("type")
			.asString()).isEqualTo("simple");
	}

	@Test
	void siteCaptureWritesCaptureTopicsOnly() {
		// Given site-capture's ACLs, evaluated against every topic of the catalogue
		KafkaAcls siteCapture = acls("site-capture");
		// Then it writes every capture topic and nothing of safety or outcome, and creates no topic
		captureTopics.forEach(topic -> assertThat(siteCapture.allows("Write", "topic", topic)).as(topic).isTrue());
		safetyTopics.forEach(topic -> assertThat(siteCapture.allows("Write", "topic", topic)).as(topic).isFalse());
		safetyTopics.forEach(topic -> assertThat(siteCapture.allows("Read", "topic", topic)).as(topic).isFalse());
		outcomeTopics.forEach(topic -> assertThat(siteCapture.allows("Write", "topic", topic)).as(topic).isFalse());
		assertThat(siteCapture.allows("Create", "topic", Topics.VISIT_RECORDED)).isFalse();
	}

	@Test
	void adverseEventReadsCaptureAndWritesSafetyAlertsAndDeadLetters() {
		// Given adverse-event's ACLs, evaluated against every topic of the catalogue
		KafkaAcls adverseEvent = acls("adverse-event");
		captureTopics.forEach(topic -> assertThat(adverseEvent.allows("Read", "topic", topic)).as(topic).isTrue());
		captureTopics.forEach(topic -> assertThat(adverseEvent.allows("Write", "topic", topic)).as(topic).isFalse());
		safetyTopics.forEach(topic -> assertThat(adverseEvent.allows("Write", "topic", topic)).as(topic).isTrue());
		TopicCatalog.DEAD_LETTER_TOPICS
			.forEach(topic -> assertThat(adverseEvent.allows("Write", "topic", topic)).as(topic).isTrue());
		outcomeTopics.forEach(topic -> assertThat(adverseEvent.allows("Read", "topic", topic)).as(topic).isFalse());
		assertThat(adverseEvent.allows("Read", "group", "adverse-event")).isTrue();
	}

	@Test
	void outcomeAggregationReadsCaptureSafetyAndUnblindingAndWritesOutcomes() {
		// Given outcome-aggregation's ACLs, evaluated against every topic of the catalogue
		KafkaAcls outcome = acls("outcome-aggregation");
		captureTopics.forEach(topic -> assertThat(outcome.allows("Read", "topic", topic)).as(topic).isTrue());
		safetyTopics.forEach(topic -> assertThat(outcome.allows("Read", "topic", topic)).as(topic).isTrue());
		assertThat(outcome.allows("Read", "topic", Topics.TRIAL_UNBLINDED)).isTrue();
		outcomeTopics.forEach(topic -> assertThat(outcome.allows("Write", "topic", topic)).as(topic).isTrue());
		captureTopics.forEach(topic -> assertThat(outcome.allows("Write", "topic", topic)).as(topic).isFalse());
		safetyTopics.forEach(topic -> assertThat(outcome.allows("Write", "topic", topic)).as(topic).isFalse());
	}

	@Test
	void outcomeAggregationOwnsItsStreamsInternalsByApplicationId() {
		// Streams names its changelog and repartition topics, its group and its EOS transactional ids after the
		// application id of application.yml.
		String applicationId = ServiceConfiguration.of("outcome-aggregation").defaultOf("spring", "kafka", "streams",
				"application-id");
		assertThat(applicationId).isNotBlank();
		KafkaAcls outcome = acls("outcome-aggregation");
		String changelog = applicationId + "-subject-store-changelog";
		for (String operation : List.of("Create", "Read", "Write", "Describe", "DescribeConfigs")) {
			assertThat(outcome.allows(operation, "topic", changelog)).as(operation).isTrue();
		}
		assertThat(outcome.allows("Read", "group", applicationId)).isTrue();
		assertThat(outcome.allows("Write", "transactionalId", applicationId + "-0f8e-1")).isTrue();
		assertThat(acls("adverse-event").allows("Write", "topic", changelog)).isFalse();
	}

	@Test
	void everyServiceMayJoinTheConsumerGroupItsConfigurationNames() {
		for (ServiceConfiguration configuration : ServiceConfiguration.all()) {
			String group = configuration.defaultOf("spring", "kafka", "consumer", "group-id");
			assertThat(group).as(configuration.service()).isNotBlank();
			assertThat(acls(configuration.service()).allows("Read", "group", group)).as(configuration.service())
				.isTrue();
		}
	}

	@Test
	void registryReachesOnlyItsStorageTopics() {
		KafkaAcls registry = acls("registry");
		assertThat(registry.allows("Write", "topic", "kafkasql-journal")).isTrue();
		assertThat(registry.allows("Read", "group", "apicurio-6c1d")).isTrue();
		assertThat(registry.allows("Read", "topic", Topics.VISIT_RECORDED)).isFalse();
	}

	private KafkaAcls acls(String user) {
		return KafkaAcls.of(manifests.get("KafkaUser", user));
	}

	private static List<String> topicsOf(String context) {
		return TopicCatalog.ENTRIES.stream().map(TopicCatalog.Entry::topic).filter(t -> t.startsWith(context)).toList();
	}

}
