package org.trialstream.sitecapture.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.util.unit.DataSize;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.ProtocolDeviationRecorded;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.security.Actor;
import org.trialstream.sitecapture.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With no broker listening, a write fails as unavailable within the acknowledgement timeout, never silently. */
class CaptureEventPublisherTests {

	private final DefaultKafkaProducerFactory<String, SpecificRecord> producers = new DefaultKafkaProducerFactory<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1", ProducerConfig.ACKS_CONFIG, "all",
					ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.MAX_BLOCK_MS_CONFIG, 500),
			new StringSerializer(), (Serializer<SpecificRecord>) (topic, value) -> new byte[0]);

	@AfterEach
	void close() {
		producers.destroy();
	}

	@Test
	void sendsAdverseEventsThroughAProducerThatDoesNotLinger() {
		// Given visits' producer configured to linger, as site-capture's is
		producers.updateConfigs(Map.of(ProducerConfig.LINGER_MS_CONFIG, 1));
		CaptureEventPublisher publisher = new CaptureEventPublisher(producers, ackTimeout(Duration.ofMillis(700)));

		// Then adverse events and their follow-ups go out at once, with every other setting of the visits' producer
		for (String topic : List.of(Topics.ADVERSE_EVENT_REPORTED, Topics.ADVERSE_EVENT_UPDATED)) {
			Map<String, Object> safety = publisher.producersFor(topic).getConfigurationProperties();
			assertThat(safety).containsEntry(ProducerConfig.LINGER_MS_CONFIG, 0)
				.containsEntry(ProducerConfig.ACKS_CONFIG, "all")
				.containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		}
		assertThat(publisher.producersFor(Topics.VISIT_RECORDED)).isSameAs(producers);
		assertThat(publisher.producersFor(Topics.SUBJECT_ENROLLED)).isSameAs(producers);
		publisher.destroy();
	}

	private static SiteCaptureProperties ackTimeout(Duration timeout) {
		return new SiteCaptureProperties(timeout, Duration.ofSeconds(5), DataSize.ofKilobytes(256), 1000, DataSize.ofMegabytes(2),
				Duration.ofSeconds(10), 200, "seed", new SiteCaptureProperties.Topics(3, null, 1),
				new SiteCaptureProperties.Idempotency(Duration.ofHours(1), 10, DataSize.ofMegabytes(1)),
				new SiteCaptureProperties.Admission(8, Duration.ofMillis(10), 1, Duration.ofMillis(10), 128));
	}

	private static OutgoingEvent deviation() {
		EventContext context = EventContext.of("LEGEND-1", "US-01",
				new Actor("site-us01", Role.SITE, "LEGEND-1", "US-01"), null, Instant.now());
		return CaptureEvents.deviationRecorded(context, "US-01-0001", UUID.randomUUID().toString(), Instant.now(),
				"visit D28 on day 40, window 25-31 (LATE)");
	}

	@Test
	void reportsTheBrokerUnavailableWhenItDoesNotAcknowledgeInTime() {
		// Given
		CaptureEventPublisher publisher = new CaptureEventPublisher(producers,
				ackTimeout(Duration.ofMillis(700)));
		long start = System.nanoTime();

		// When / Then
		assertThatThrownBy(() -> publisher.publish(List.of(deviation())))
			.isInstanceOf(BrokerUnavailableException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void reportsEachBatchItemTheBrokerDidNotAcknowledge() {
		// Given
		CaptureEventPublisher publisher = new CaptureEventPublisher(producers,
				ackTimeout(Duration.ofMillis(700)));

		// When two items are started, then awaited with one deadline, as the batch endpoint does
		List<CaptureEventPublisher.Pending> started = List.of(publisher.start(List.of(deviation())),
				publisher.start(List.of(deviation())));
		long deadline = publisher.deadlineFromNow();
		List<CaptureEventPublisher.Published> outcomes = started.stream()
			.map(pending -> publisher.await(pending, deadline))
			.toList();

		// Then
		assertThat(outcomes).hasSize(2).allSatisfy(outcome -> {
			assertThat(outcome.failure()).isNotNull();
			assertThat(outcome.storedAt()).isNull();
		});
	}

	@Test
	void buildsDeviationEventsKeyedBySubject() {
		OutgoingEvent event = deviation();

		assertThat(event.topic()).isEqualTo(Topics.PROTOCOL_DEVIATION_RECORDED);
		assertThat(event.key()).isEqualTo("LEGEND-1:US-01-0001");
		assertThat(((ProtocolDeviationRecorded) event.value()).getMetadata().getEventId()).isEqualTo(event.eventId());
	}

}
