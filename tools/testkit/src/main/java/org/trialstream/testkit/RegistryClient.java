package org.trialstream.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few registry calls the platform needs: the global compatibility rule, registering a value schema, and reading
 * subjects and schemas back through the Confluent-compatible API that outside consumers use.
 */
public final class RegistryClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public RegistryClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Sets (or replaces) the global COMPATIBILITY rule, e.g. {@code BACKWARD_TRANSITIVE}. */
	public void setGlobalCompatibility(String level) {
		String body = JSON.writeValueAsString(java.util.Map.of("ruleType", "COMPATIBILITY", "config", level));
		Response created = send("POST", "/apis/registry/v3/admin/rules", body);
		if (created.status() == 409) {
			created = send("PUT", "/apis/registry/v3/admin/rules/COMPATIBILITY", body);
		}
		created.expectSuccess("set the global compatibility rule");
	}

	public String globalCompatibility() {
		Response rule = send("GET", "/apis/registry/v3/admin/rules/COMPATIBILITY", null);
		rule.expectSuccess("read the global compatibility rule");
		return JSON.readTree(rule.body()).path("config").asString();
	}

	/**
	 * Registers an Avro schema under a subject through the Confluent-compatible API and returns its id; the same
	 * schema again returns the same id. The answer's status is in the result, so a caller sees a 409 for itself.
	 */
	public Response register(String subject, String avroSchemaJson) {
		String body = JSON.writeValueAsString(java.util.Map.of("schemaType", "AVRO", "schema", avroSchemaJson));
		return send("POST", "/apis/ccompat/v7/subjects/" + encode(subject) + "/versions", body);
	}

	public int registerOrFail(String subject, String avroSchemaJson) {
		Response response = register(subject, avroSchemaJson);
		response.expectSuccess("register " + subject);
		return JSON.readTree(response.body()).path("id").asInt();
	}

	public List<String> subjects() {
		Response response = send("GET", "/apis/ccompat/v7/subjects", null);
		response.expectSuccess("list subjects");
		List<String> subjects = new ArrayList<>();
		JSON.readTree(response.body()).forEach(node -> subjects.add(node.asString()));
		return subjects;
	}

	/** The schema text the Confluent-compatible API holds under an id (what a Confluent consumer resolves). */
	public String schemaById(int id) {
		Response response = send("GET", "/apis/ccompat/v7/schemas/ids/" + id, null);
		response.expectSuccess("read schema " + id);
		JsonNode node = JSON.readTree(response.body());
		return node.path("schema").asString();
	}

	public boolean isReady() {
		try {
			return send("GET", "/apis/registry/v3/system/info", null).status() == 200;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	private Response send(String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(10))
			.header("Accept", "application/json");
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Registry at " + baseUrl + " did not answer " + method + " " + path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted calling the registry", ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Status and body of a registry answer. */
	public record Response(int status, String body) {

		public boolean isSuccess() {
			return status >= 200 && status < 300;
		}

		void expectSuccess(String what) {
			if (!isSuccess()) {
				throw new IllegalStateException("Registry refused to " + what + ": HTTP " + status + " " + body);
			}
		}

	}

}
