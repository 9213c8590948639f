package org.trialstream.outcome.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.trialstream.avro.Topics;
import org.trialstream.outcome.OutcomeAggregationApplication;
import org.trialstream.outcome.TestTrials;
import org.trialstream.outcome.TrialEvents;
import org.trialstream.testkit.PlatformClients;
import org.trialstream.testkit.PlatformProperties;
import org.trialstream.testkit.SharedPlatform;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trialstream.avro.common.Laterality.LEFT;

/**
 * Two instances of the service share one Streams application: each trial's report lives on one of them, and either
 * answers for every trial (the other forwards the request to the owner with the caller's credentials).
 */
class MultiInstanceTests {

	static final Duration WAIT = Duration.ofSeconds(120);

	static final List<String> TRIALS = TestTrials.MULTI_INSTANCE;

	static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	static final HttpClient http = HttpClient.newHttpClient();

	static final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void startTwoInstancesAndEnrolOneSubjectPerTrial() throws Exception {
		String applicationId = "outcome-multi-" + UUID.randomUUID();
		for (int i = 0; i < 2; i++) {
			// Command-line arguments: they win over application.yml, as an operator's settings would.
			List<String> args = new ArrayList<>();
			PlatformProperties.of(SharedPlatform.get()).forEach((key, value) -> args.add("--" + key + "=" + value));
			args.add("--server.port=0");
			args.add("--spring.kafka.streams.application-id=" + applicationId);
			args.add("--spring.kafka.streams.state-dir=" + System.getProperty("java.io.tmpdir") + "/" + applicationId
					+ "-" + i);
			instances.add(new SpringApplicationBuilder(OutcomeAggregationApplication.class, TestTrials.class)
				.run(args.toArray(String[]::new)));
		}
		try (KafkaProducer<String, SpecificRecord> producer = PlatformClients.avroProducer(SharedPlatform.get())) {
			for (String trial : TRIALS) {
				String subject = "US-01-" + UUID.randomUUID().toString().substring(0, 4);
				producer.send(new ProducerRecord<>(Topics.SUBJECT_ENROLLED, Topics.subjectKey(trial, subject),
						new TrialEvents(trial, LocalDate.now().minusDays(10)).enrolled("US-01", subject, "ACTIVE",
								LEFT)))
					.get();
			}
		}
	}

	@AfterAll
	static void stopInstances() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void everyInstanceAnswersForEveryTrial() {
		for (ConfigurableApplicationContext instance : instances) {
			int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
			for (String trial : TRIALS) {
				await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).ignoreExceptions().untilAsserted(() -> {
					HttpResponse<String> response = http.send(HttpRequest
						.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/trials/" + trial + "/outcomes/closed"))
						.header("Authorization",
								"Basic " + Base64.getEncoder().encodeToString("dmc:dmc".getBytes(StandardCharsets.UTF_8)))
						.GET()
						.build(), HttpResponse.BodyHandlers.ofString());
					assertThat(response.statusCode()).isEqualTo(200);
					JsonNode report = json.readTree(response.body());
					assertThat(report.get("trialId").asString()).isEqualTo(trial);
					assertThat(report.at("/pooled/counts/enrolledSubjects").asInt()).isGreaterThanOrEqualTo(1);
					// Forwarded or not, the answer says how far behind the topics the owning instance is.
					for (String backlog : new String[] { "X-Trialstream-Events-Behind", "X-Trialstream-Subjects-Pending" }) {
						assertThat(response.headers().firstValue(backlog)).hasValueSatisfying(
								value -> assertThat(Long.parseLong(value)).isNotNegative());
					}
				});
			}
		}
	}

}
