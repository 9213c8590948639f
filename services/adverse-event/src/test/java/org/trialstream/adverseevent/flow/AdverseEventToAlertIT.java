package org.trialstream.adverseevent.flow;

import java.time.Duration;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.Causality;
import org.trialstream.avro.capture.SeriousnessCriterion;
import org.trialstream.testkit.ContainerPlatform;
import org.trialstream.testkit.ContainerPlatformInitializer;
import org.trialstream.testkit.PlatformClients;
import org.trialstream.testkit.SseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline scenario against the broker and registry images, where Docker exists (skipped here). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Testcontainers(disabledWithoutDocker = true)
@ContextConfiguration(initializers = ContainerPlatformInitializer.class)
class AdverseEventToAlertIT {

	@LocalServerPort
	int port;

	@Test
	void pushesASeriousAdverseEventToTheMonitorsStream() throws Exception {
		String subject = CaptureEvents.newSubject();
		AdverseEventReported reported = CaptureEvents.reported(subject, "AE-" + UUID.randomUUID(),
				CaptureEvents.seriousCase("sepsis", Causality.RELATED, SeriousnessCriterion.LIFE_THREATENING));
		try (SseClient monitor = MonitorStreams.connect(port, "monitor", null);
				KafkaProducer<String, SpecificRecord> producer = PlatformClients.avroProducer(ContainerPlatform.get())) {
			producer.send(new ProducerRecord<>(Topics.ADVERSE_EVENT_REPORTED,
					Topics.subjectKey(CaptureEvents.TRIAL, subject), reported)).get();

			SseClient.Event event = monitor.awaitEvent(e -> e.data().contains(subject), Duration.ofSeconds(30));

			assertThat(event.name()).isEqualTo("alert-raised");
			assertThat(event.data()).contains("\"kind\":\"SUSAR\"", "SUSAR_FATAL_OR_LIFE_THREATENING_7D");
		}
	}

}
