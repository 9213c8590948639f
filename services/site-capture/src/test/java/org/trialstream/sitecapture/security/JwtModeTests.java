package org.trialstream.sitecapture.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.SubjectEnrolled;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.testkit.RealPlatformTest;
import org.trialstream.testkit.SharedPlatform;
import org.trialstream.testkit.TokenIssuer;
import org.trialstream.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production mode (SECURITY_MODE=jwt): bearer tokens signed by the identity provider's key, the actor and its site
 * from the claims, no local users. The identity provider is a JWK set served from this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealPlatformTest
class JwtModeTests {

	private static final TokenIssuer ISSUER = TokenIssuer.start();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void jwtMode(DynamicPropertyRegistry registry) {
		ISSUER.registerJwtMode(registry, "site-capture.security");
	}

	@AfterAll
	static void stopIssuer() {
		ISSUER.close();
	}

	@Test
	void siteTokenEnrolsAtTheSiteOfItsClaimAndIsStampedAsTheActor() {
		// Given
		String token = token(true, Map.of("role", "SITE", "trial", "LEGEND-1", "site", "US-03"));

		// When
		HttpResponse<String> reply = post(token, "/api/v1/trials/LEGEND-1/subjects", """
				{"enrolmentDate": "2026-01-05", "ageYears": 70, "indexUlcerAreaCm2": 2.0,
				 "limbs": [{"laterality": "RIGHT", "studyLimb": true}],
				 "screeningLabs": [{"analyte": "HBA1C", "value": 7.4, "unit": "%"}]}""");

		// Then
		assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
		String subjectId = JsonMapper.builder().build().readTree(reply.body()).get("subjectId").asString();
		assertThat(subjectId).startsWith("US-03-");
		try (TopicProbe<SpecificRecord> probe = TopicProbe.avro(SharedPlatform.get(), Topics.SUBJECT_ENROLLED)) {
			SubjectEnrolled event = (SubjectEnrolled) probe
				.awaitRecord(r -> r.value() instanceof SubjectEnrolled e && e.getSubjectId().equals(subjectId)
						&& e.getMetadata().getTrialId().equals("LEGEND-1"), Duration.ofSeconds(10))
				.value();
			assertThat(event.getMetadata().getActor().getId()).isEqualTo("investigator-us03");
			assertThat(event.getMetadata().getActor().getRole()).isEqualTo(ActorRole.SITE);
			assertThat(event.getMetadata().getSiteId()).isEqualTo("US-03");
		}
	}

	@Test
	void tokenSignedByAnotherKeyAndLocalUsersAreRefused() {
		// When
		HttpResponse<String> forged = get("Bearer " + token(false, Map.of("role", "DMC")), "/api/v1/trials/LEGEND-1/subjects/US-03-0001");
		HttpResponse<String> basic = get("Basic " + java.util.Base64.getEncoder()
			.encodeToString("dmc:dmc".getBytes(StandardCharsets.UTF_8)), "/api/v1/trials/LEGEND-1/subjects/US-03-0001");

		// Then
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(basic.statusCode()).isEqualTo(401);
	}

	@Test
	void monitorTokenReadsButCannotWrite() {
		// Given
		String token = token(true, Map.of("role", "MONITOR"));

		// When
		HttpResponse<String> write = post(token, "/api/v1/trials/LEGEND-1/subjects", "{}");
		HttpResponse<String> read = get("Bearer " + token, "/api/v1/trials/LEGEND-1/subjects/US-03-9999");

		// Then
		assertThat(write.statusCode()).isEqualTo(403);
		assertThat(read.statusCode()).isEqualTo(404);
	}

	/** A token of the identity provider, or of a forger; a site user is investigator-us03, anyone else reader-1. */
	private static String token(boolean genuine, Map<String, Object> claims) {
		String subject = claims.get("role").equals("SITE") ? "investigator-us03" : "reader-1";
		return genuine ? ISSUER.token(subject, claims) : ISSUER.forged(subject, claims);
	}

	private HttpResponse<String> post(String token, String path, String body) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> get(String authorization, String path) {
		return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", authorization)
			.GET()
			.build());
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
