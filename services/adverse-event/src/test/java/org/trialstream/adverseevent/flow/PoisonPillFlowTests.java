package org.trialstream.adverseevent.flow;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.Causality;
import org.trialstream.avro.capture.SeriousnessCriterion;
import org.trialstream.avro.safety.SafetyAlertRaised;
import org.trialstream.testkit.PlatformClients;
import org.trialstream.testkit.SharedPlatform;
import org.trialstream.testkit.TopicProbe;

import static org.assertj.core.api.Assertions.assertThat;

class PoisonPillFlowTests extends PlatformFlowTest {

	private static final String DLT = Topics.deadLetter(Topics.ADVERSE_EVENT_REPORTED);

	private final String subject = CaptureEvents.newSubject();

	private final String key = Topics.subjectKey(CaptureEvents.TRIAL, subject);

	@Test
	void deadLettersGarbageAndAnUnknownSchemaIdAndKeepsAlerting() throws Exception {
		byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
		// Confluent framing (magic byte 0, 4-byte schema id) with an id the registry never issued
		byte[] unknownSchema = { 0, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xfe, 2, 4, 6 };
		try (KafkaProducer<String, byte[]> bytes = PlatformClients.bytesProducer(SharedPlatform.get());
				TopicProbe<byte[]> deadLetters = TopicProbe.bytes(SharedPlatform.get(), DLT);
				TopicProbe<SpecificRecord> alerts = TopicProbe.avro(SharedPlatform.get(), Topics.SAFETY_ALERT_RAISED)) {
			// Given two poison pills on the subject's partition
			bytes.send(new ProducerRecord<>(Topics.ADVERSE_EVENT_REPORTED, key, garbage)).get();
			bytes.send(new ProducerRecord<>(Topics.ADVERSE_EVENT_REPORTED, key, unknownSchema)).get();

			// When a valid serious adverse event follows them on the same partition
			report(CaptureEvents.reported(subject, "AE-" + UUID.randomUUID(),
					CaptureEvents.seriousCase("sepsis", Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION)));

			// Then both pills are in the dead-letter topic, byte for byte, with their origin
			var dead = deadLetters.awaitRecords(record -> key.equals(record.key()), 2, Duration.ofSeconds(30));
			assertThat(dead).extracting(ConsumerRecord::value).containsExactly(garbage, unknownSchema);
			assertThat(header(dead.get(0), "kafka_dlt-original-topic")).isEqualTo(Topics.ADVERSE_EVENT_REPORTED);
			assertThat(header(dead.get(0), "kafka_dlt-exception-fqcn")).contains("DeserializationException");
			// And the valid event behind them still raised its alert
			alerts.awaitRecord(record -> record.value() instanceof SafetyAlertRaised raised
					&& raised.getSubjectId().equals(subject), WAIT);
		}
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

}
