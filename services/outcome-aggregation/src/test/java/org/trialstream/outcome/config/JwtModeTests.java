package org.trialstream.outcome.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trialstream.testkit.RealPlatformTest;
import org.trialstream.testkit.TokenIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Production sign-in (SECURITY_MODE=jwt): the role comes from the token's {@code role} claim, the caller is the
 * token's subject, blinding still holds, and the development users no longer sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.streams.application-id=outcome-jwt-tests-${random.uuid}",
				"spring.kafka.streams.state-dir=${java.io.tmpdir}/outcome-jwt-tests-${random.uuid}" })
@RealPlatformTest
class JwtModeTests {

	private static final TokenIssuer ISSUER = TokenIssuer.start();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void jwtMode(DynamicPropertyRegistry registry) {
		ISSUER.registerJwtMode(registry, "trialstream.outcome.security");
	}

	@AfterAll
	static void stopIssuer() {
		ISSUER.close();
	}

	@Test
	void aDmcTokenIsTheDmcAndItsSubjectIsTheCaller() {
		// When
		HttpResponse<String> me = get("Bearer " + ISSUER.token("dmc-chair", Map.of("role", "DMC")), "/api/v1/me");

		// Then
		assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
		JsonNode caller = JSON.readTree(me.body());
		assertThat(caller.get("audience").asString()).isEqualTo("DMC");
		assertThat(me.body()).contains("\"dmc-chair\"");
	}

	@Test
	void aSponsorTokenIsStillRefusedTheByArmReportOfTheBlindedTrial() {
		// When (once the Streams application serves reports: 503 until then)
		String token = ISSUER.token("sponsor-ops", Map.of("role", "SPONSOR"));
		HttpResponse<String> closed = await("the report store to be ready").atMost(Duration.ofSeconds(60))
			.until(() -> get("Bearer " + token, "/api/v1/trials/LEGEND-1/outcomes/closed"),
					response -> response.statusCode() != 503);

		// Then
		assertThat(closed.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(closed.body()).get("type").asString())
			.isEqualTo("urn:trialstream:problem:trial-blinded");
	}

	@Test
	void forgedTokensLocalUsersAndOtherRolesAreRefused() {
		// When
		HttpResponse<String> forged = get("Bearer " + ISSUER.forged("dmc-chair", Map.of("role", "DMC")), "/api/v1/me");
		HttpResponse<String> localUser = get(
				"Basic " + Base64.getEncoder().encodeToString("dmc:dmc".getBytes(StandardCharsets.UTF_8)), "/api/v1/me");
		HttpResponse<String> site = get("Bearer " + ISSUER.token("investigator-1", Map.of("role", "SITE")),
				"/api/v1/trials/LEGEND-1/outcomes");

		// Then 401 asking for a bearer token, 401, and 403, as problem details
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				challenge -> assertThat(challenge).startsWith("Bearer"));
		assertThat(localUser.statusCode()).isEqualTo(401);
		assertThat(site.statusCode()).isEqualTo(403);
		assertThat(site.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	private HttpResponse<String> get(String authorization, String path) {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", authorization)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("HTTP request failed: " + path, ex);
		}
	}

}
