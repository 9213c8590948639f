package org.trialstream.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * site-capture's public HTTP API as a site uses it: HTTP Basic as the site's user, an Idempotency-Key on every write,
 * and a retry with the same key when the platform answers 429 (at capacity) or 503 (the broker did not acknowledge
 * in time).
 */
final class SiteCaptureClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int ATTEMPTS = 3;

	private final URI base;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	SiteCaptureClient(URI base) {
		this.base = base;
	}

	/** POSTs a JSON body as {@code user} (password = user name, the local platform's convention). */
	Answer post(String user, String path, Object body) {
		String json = body instanceof String text ? text : JSON.writeValueAsString(body);
		String key = UUID.randomUUID().toString();
		Answer answer = null;
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			answer = send(HttpRequest.newBuilder(base.resolve(path))
				.header("Authorization", basic(user))
				.header("Content-Type", "application/json")
				.header("Idempotency-Key", key)
				.timeout(Duration.ofSeconds(15))
				.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
				.build());
			if (answer.status() != 429 && answer.status() != 503) {
				return answer;
			}
		}
		return answer;
	}

	Answer get(String user, String path) {
		return send(HttpRequest.newBuilder(base.resolve(path))
			.header("Authorization", basic(user))
			.timeout(Duration.ofSeconds(15))
			.GET()
			.build());
	}

	private Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			return new Answer(0, "no answer from " + request.uri() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(0, "interrupted");
		}
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

	/** Status and body of an answer; status 0 when none came. */
	record Answer(int status, String body) {

		boolean accepted() {
			return status >= 200 && status < 300;
		}

		boolean rejected() {
			return status >= 400 && status < 500;
		}

		JsonNode json() {
			return JSON.readTree(body);
		}

		String field(String name) {
			JsonNode node = json().path(name);
			return node.isMissingNode() || node.isNull() ? null : node.asString();
		}

	}

}
