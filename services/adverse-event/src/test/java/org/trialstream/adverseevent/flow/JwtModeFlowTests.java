package org.trialstream.adverseevent.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.Causality;
import org.trialstream.avro.capture.SeriousnessCriterion;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.safety.SafetyAlertAcknowledged;
import org.trialstream.avro.safety.SafetyAlertRaised;
import org.trialstream.testkit.PlatformClients;
import org.trialstream.testkit.RealPlatformTest;
import org.trialstream.testkit.SharedPlatform;
import org.trialstream.testkit.SseClient;
import org.trialstream.testkit.TokenIssuer;
import org.trialstream.testkit.TopicProbe;

/**
 * Production sign-in (SECURITY_MODE=jwt): a monitor's bearer token from the sponsor's identity provider, role and
 * trials from its claims; the development users no longer sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealPlatformTest
class JwtModeFlowTests {

	private static final TokenIssuer ISSUER = TokenIssuer.start();

	private static final Duration WAIT = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void jwtMode(DynamicPropertyRegistry registry) {
		ISSUER.registerJwtMode(registry, "trialstream.adverse-event.security");
	}

	@AfterAll
	static void stopIssuer() {
		ISSUER.close();
	}

	@Test
	void aMonitorOfTheTrialSeesAndAcknowledgesTheAlertAsTheTokensSubject() {
		// Given a serious alert in LEGEND-1 and a monitor whose token lists LEGEND-1
		try (TopicProbe<SpecificRecord> safety = TopicProbe.avro(SharedPlatform.get(), Topics.SAFETY_ALERT_RAISED,
				Topics.SAFETY_ALERT_ACKNOWLEDGED)) {
			SafetyAlertRaised raised = raiseSeriousAlert(safety);
			String token = ISSUER.token("cra-anna", Map.of("role", "MONITOR", "trials", List.of("LEGEND-1")));

			// When the monitor reads and acknowledges it
			HttpResponse<String> read = send("Bearer " + token, "GET", "/api/v1/alerts/" + raised.getAlertId(), null);
			HttpResponse<String> ack = send("Bearer " + token, "POST",
					"/api/v1/alerts/" + raised.getAlertId() + "/acknowledgements", "{\"note\":\"site called\"}");

			// Then both succeed and the acknowledgement names the token's subject and role
			assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
			assertThat(ack.statusCode()).as(ack.body()).isEqualTo(201);
			SafetyAlertAcknowledged event = (SafetyAlertAcknowledged) safety
				.awaitRecord(r -> r.value() instanceof SafetyAlertAcknowledged a
						&& a.getAlertId().equals(raised.getAlertId()), WAIT)
				.value();
			assertThat(event.getMetadata().getActor().getId()).isEqualTo("cra-anna");
			assertThat(event.getMetadata().getActor().getRole()).isEqualTo(ActorRole.MONITOR);
		}
	}

	@Test
	void aMonitorOfAnotherTrialGetsNotFoundAndSeesOnlyItsTrials() {
		try (TopicProbe<SpecificRecord> safety = TopicProbe.avro(SharedPlatform.get(), Topics.SAFETY_ALERT_RAISED)) {
			// Given a LEGEND-1 alert and a monitor of HUCMSC-DF only
			SafetyAlertRaised raised = raiseSeriousAlert(safety);
			String token = ISSUER.token("cra-li", Map.of("role", "MONITOR", "trials", List.of("HUCMSC-DF")));

			// When / Then
			assertThat(send("Bearer " + token, "GET", "/api/v1/alerts/" + raised.getAlertId(), null).statusCode())
				.isEqualTo(404);
			assertThat(send("Bearer " + token, "GET", "/api/v1/me", null).body()).contains("\"cra-li\"",
					"\"HUCMSC-DF\"");
		}
	}

	@Test
	void forgedTokensLocalUsersAndOtherRolesAreRefused() {
		// Given a token signed by a key the identity provider never published, a development user, and a site token
		String forged = ISSUER.forged("cra-anna", Map.of("role", "MONITOR", "trials", List.of("*")));
		String site = ISSUER.token("investigator-1", Map.of("role", "SITE", "trials", List.of("*")));

		// When
		HttpResponse<String> withForged = send("Bearer " + forged, "GET", "/api/v1/alerts", null);
		HttpResponse<String> withLocalUser = send(SseClient.basic("monitor"), "GET", "/api/v1/alerts", null);
		HttpResponse<String> withSite = send("Bearer " + site, "GET", "/api/v1/alerts", null);

		// Then 401 asking for a bearer token, 401, and 403, each as problem details
		assertThat(withForged.statusCode()).isEqualTo(401);
		assertThat(withForged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				challenge -> assertThat(challenge).startsWith("Bearer"));
		assertThat(withLocalUser.statusCode()).isEqualTo(401);
		assertThat(withSite.statusCode()).isEqualTo(403);
		assertThat(withSite.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	private static SafetyAlertRaised raiseSeriousAlert(TopicProbe<SpecificRecord> safety) {
		String subject = CaptureEvents.newSubject();
		AdverseEventReported reported = CaptureEvents.reported(subject, "AE-" + UUID.randomUUID(),
				CaptureEvents.seriousCase("sepsis", Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION));
		try (KafkaProducer<String, SpecificRecord> producer = PlatformClients.avroProducer(SharedPlatform.get())) {
			producer.send(new ProducerRecord<>(Topics.ADVERSE_EVENT_REPORTED,
					Topics.subjectKey(CaptureEvents.TRIAL, subject), reported)).get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not report the adverse event", ex);
		}
		return (SafetyAlertRaised) safety.awaitRecord(
				r -> r.value() instanceof SafetyAlertRaised a && a.getSubjectId().equals(subject), WAIT).value();
	}

	private HttpResponse<String> send(String authorization, String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", authorization);
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json));
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("HTTP request failed: " + path, ex);
		}
	}

}
