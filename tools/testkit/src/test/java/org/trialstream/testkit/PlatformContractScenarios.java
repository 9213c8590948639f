package org.trialstream.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.trialstream.avro.TopicCatalog;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.VisitData;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.capture.WindowStatus;
import org.trialstream.avro.common.Actor;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.common.EventMetadata;

/**
 * The foundation's contract with the outside world, on a real broker and a real registry: every value subject is
 * registered, records are in the Confluent wire format, the global rule refuses incompatible schemas, and clinical
 * topics keep their history. Run on the shared platform ({@link PlatformContractTests}) and on containers
 * ({@link PlatformContractIT}).
 */
abstract class PlatformContractScenarios {

	private RunningPlatform platform;

	abstract RunningPlatform platform();

	@BeforeEach
	void connect() {
		platform = platform();
	}

	static final List<TopicCatalog.Entry> ENTRIES = TopicCatalog.ENTRIES;

	@Test
	void registryListsEveryValueSubjectUnderTheGlobalRule() {
		List<String> subjects = platform.registry().subjects();

		assertThat(subjects).containsAll(ENTRIES.stream().map(TopicCatalog.Entry::valueSubject).toList());
		assertThat(platform.registry().globalCompatibility()).isEqualTo("BACKWARD_TRANSITIVE");
	}

	@Test
	void recordStartsWithMagicByteAndAnIdTheConfluentApiResolvesToTheWriterSchema() throws Exception {
		String subjectId = "US-01-" + UUID.randomUUID().toString().substring(0, 8);
		VisitRecorded visit = sampleVisit(subjectId);
		try (KafkaProducer<String, SpecificRecord> producer = PlatformClients.avroProducer(platform);
				TopicProbe<byte[]> probe = TopicProbe.bytes(platform, Topics.VISIT_RECORDED)) {
			producer.send(new ProducerRecord<>(Topics.VISIT_RECORDED, Topics.subjectKey("LEGEND-1", subjectId), visit))
				.get();

			ConsumerRecord<String, byte[]> record = probe
				.awaitRecord(r -> r.key().equals(Topics.subjectKey("LEGEND-1", subjectId)), Duration.ofSeconds(30));

			ByteBuffer bytes = ByteBuffer.wrap(record.value());
			assertThat(bytes.get()).as("magic byte").isZero();
			int schemaId = bytes.getInt();
			assertThat(record.headers().toArray()).as("no Apicurio headers").isEmpty();
			Schema resolved = new Schema.Parser().parse(platform.registry().schemaById(schemaId));
			assertThat(resolved).isEqualTo(VisitRecorded.getClassSchema());
		}
	}

	@ParameterizedTest
	@FieldSource("ENTRIES")
	void incompatibleVersionOfAnySubjectIsRefusedWith409(TopicCatalog.Entry entry) {
		// A new required field without a default cannot read the events already written: not backward compatible.
		Schema current = entry.valueSchema();
		SchemaBuilder.FieldAssembler<Schema> fields = SchemaBuilder.record(current.getName())
			.namespace(current.getNamespace())
			.fields();
		current.getFields()
			.forEach(f -> fields.name(f.name()).type(f.schema()).noDefault());
		Schema incompatible = fields.requiredString("fieldAddedWithoutDefault").endRecord();

		RegistryClient.Response answer = platform.registry().register(entry.valueSubject(), incompatible.toString());

		assertThat(answer.status()).as(answer.body()).isEqualTo(409);
	}

	@Test
	void clinicalTopicsKeepTheirHistoryForever() throws Exception {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
		try (Admin admin = Admin.create(config)) {
			ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ADVERSE_EVENT_REPORTED);
			Config topicConfig = admin.describeConfigs(List.of(topic)).all().get().get(topic);

			assertThat(topicConfig.get("retention.ms").value()).isEqualTo("-1");
			assertThat(topicConfig.get("cleanup.policy").value()).isEqualTo("delete");
		}
	}

	@Test
	void setupRunsAgainWithoutChangingAnything() {
		PlatformSetup.Result again = PlatformSetup.run(platform, 3);

		assertThat(again.createdTopics()).isEmpty();
		assertThat(again.schemaIds()).hasSize(ENTRIES.size());
	}

	static VisitRecorded sampleVisit(String subjectId) {
		Instant now = Instant.now();
		return VisitRecorded.newBuilder()
			.setMetadata(EventMetadata.newBuilder()
				.setEventId(UUID.randomUUID())
				.setOccurredAt(now)
				.setRecordedAt(now)
				.setSource("testkit")
				.setTrialId("LEGEND-1")
				.setSiteId("US-01")
				.setActor(Actor.newBuilder().setId("site-user").setRole(ActorRole.SITE).build())
				.build())
			.setSubjectId(subjectId)
			.setVisitId(UUID.randomUUID().toString())
			.setWindowStatus(WindowStatus.IN_WINDOW)
			.setVisit(VisitData.newBuilder()
				.setVisitCode("D28")
				.setStudyDay(28)
				.setVisitDate(LocalDate.of(2026, 11, 1))
				.build())
			.build();
	}

}
