package org.trialstream.benchmark.rebuild;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.trialstream.benchmark.platform.LocalUsers;
import org.trialstream.benchmark.platform.Payloads;
import tools.jackson.databind.JsonNode;

/**
 * The counts of the benchmark trial's closed report, pooled and by arm, as the DMC reads them. A rebuilt instance
 * has finished only when it serves the same counts as the running one: its input offsets are committed before its
 * last deferred summaries reach the report, so offsets alone would stop the clock early.
 */
final class ClosedReportCounts {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** The counts, or empty while the instance has no report for the trial (or does not answer yet). */
	Optional<List<JsonNode>> read(URI outcome) throws InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(outcome + "/api/v1/trials/" + LocalUsers.TRIAL + "/outcomes/closed"))
			.header("Authorization", LocalUsers.basic(LocalUsers.DMC))
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return Optional.empty();
			}
			JsonNode report = Payloads.json().readTree(response.body());
			List<JsonNode> counts = new ArrayList<>();
			counts.add(report.path("pooled").path("counts"));
			report.path("arms").forEach(arm -> counts.add(arm.path("counts")));
			return Optional.of(counts);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
