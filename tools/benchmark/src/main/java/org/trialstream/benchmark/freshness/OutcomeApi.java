package org.trialstream.benchmark.freshness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.trialstream.benchmark.platform.LocalUsers;
import org.trialstream.benchmark.platform.Payloads;
import tools.jackson.databind.JsonNode;

/** outcome-aggregation's REST API as the DMC reads it: the closed (by-arm, unsuppressed) report of a trial. */
final class OutcomeApi {

	private static final String VISITS_DONE = "visits.done";

	private final HttpClient http;

	private final HttpRequest closedReport;

	OutcomeApi(URI outcome) {
		this.http = HttpClient.newHttpClient();
		this.closedReport = HttpRequest
			.newBuilder(URI.create(outcome + "/api/v1/trials/" + LocalUsers.TRIAL + "/outcomes/closed"))
			.header("Authorization", LocalUsers.basic(LocalUsers.DMC))
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build();
	}

	/** The trial's pooled count of visits done, or -1 while the report is not there yet. */
	long visitsDone() throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(closedReport, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 404 || response.statusCode() == 503) {
			return -1;
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException("the outcome report answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		JsonNode count = Payloads.json().readTree(response.body()).path("pooled").path("counts").path(VISITS_DONE);
		return count.isNumber() ? count.asLong() : -1;
	}

}
