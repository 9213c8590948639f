package org.trialstream.benchmark.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * An outcome-aggregation instance's REST API as the DMC reads it: the closed (by-arm, unsuppressed) report of the
 * benchmark trial. Freshness polls the running instance's; a rebuild compares a new instance's with it.
 */
public final class OutcomeApi {

	private static final String VISITS_DONE = "visits.done";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final HttpRequest closedReport;

	public OutcomeApi(URI outcome) {
		this.closedReport = HttpRequest
			.newBuilder(URI.create(outcome + "/api/v1/trials/" + LocalUsers.TRIAL + "/outcomes/closed"))
			.header("Authorization", LocalUsers.basic(LocalUsers.DMC))
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build();
	}

	/** The report, or empty while the instance has none for the trial yet (404) or is not ready (503). */
	public Optional<JsonNode> closedReport() throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(closedReport, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 404 || response.statusCode() == 503) {
			return Optional.empty();
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException("the outcome report answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return Optional.of(Payloads.json().readTree(response.body()));
	}

	/** The trial's pooled count of visits done, or -1 while the report is not there yet. */
	public long visitsDone() throws IOException, InterruptedException {
		return closedReport().map(report -> report.path("pooled").path("counts").path(VISITS_DONE))
			.filter(JsonNode::isNumber)
			.map(JsonNode::asLong)
			.orElse(-1L);
	}

}
