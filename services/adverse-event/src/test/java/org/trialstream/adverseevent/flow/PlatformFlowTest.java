package org.trialstream.adverseevent.flow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.testkit.PlatformClients;
import org.trialstream.testkit.RealPlatformTest;
import org.trialstream.testkit.SharedPlatform;
import org.trialstream.testkit.SseClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Spring context of the integration tests: the service on a random port against the real broker and
 * registry, escalating after 2 s so escalation is testable. Capture events are produced directly, as site-capture
 * writes them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "trialstream.adverse-event.escalation.after=2s",
				"trialstream.adverse-event.escalation.check-interval=200ms" })
@RealPlatformTest
public abstract class PlatformFlowTest {

	protected static final Duration WAIT = Duration.ofSeconds(20);

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private static KafkaProducer<String, SpecificRecord> producer;

	@LocalServerPort
	protected int port;

	@AfterAll
	static void closeProducer() {
		if (producer != null) {
			producer.close();
			producer = null;
		}
	}

	/** Opened on first use, so a test class skipped by an assumption starts nothing. */
	private static synchronized KafkaProducer<String, SpecificRecord> producer() {
		if (producer == null) {
			producer = PlatformClients.avroProducer(SharedPlatform.get());
		}
		return producer;
	}

	protected static void produce(String topic, String subjectId, SpecificRecord event) {
		try {
			producer().send(new ProducerRecord<>(topic, Topics.subjectKey(CaptureEvents.TRIAL, subjectId), event))
				.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not produce to " + topic, ex);
		}
	}

	protected static void report(AdverseEventReported event) {
		produce(Topics.ADVERSE_EVENT_REPORTED, event.getSubjectId(), event);
	}

	protected HttpResponse<String> get(String path, String user) {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", SseClient.basic(user)).GET().build());
	}

	protected HttpResponse<String> post(String path, String user, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", SseClient.basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	protected static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	protected URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	protected static HttpResponse<String> send(HttpRequest request) {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("HTTP request failed: " + request.uri(), ex);
		}
	}

}
