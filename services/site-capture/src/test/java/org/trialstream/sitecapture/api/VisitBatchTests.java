package org.trialstream.sitecapture.api;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.VisitRecorded;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialstream.sitecapture.api.Trials.LEGEND;
import static org.trialstream.sitecapture.api.Trials.US01;

class VisitBatchTests extends CaptureApiTest {

	@Test
	void acceptsAndRejectsEachItemOnItsOwn() {
		// Given
		String first = Trials.enrolLegend(api, US01);
		String second = Trials.enrolLegend(api, US01);
		String otherSite = Trials.enrolLegend(api, Trials.US02);
		String body = """
				{"visits": [
				  {"subjectId": "%s", "visit": %s},
				  {"subjectId": "%s", "visit": %s},
				  {"subjectId": "%s", "visit": %s},
				  {"subjectId": "%s", "visit": %s}]}
				""".formatted(first, Trials.legendVisit("D28", 28), second,
				Trials.legendVisit("D28", 28).replace("\"abi\": 0.62", "\"abi\": 3.0"), otherSite,
				Trials.legendVisit("D28", 28), second, Trials.legendVisit("D56", 56));

		// When
		ApiClient.Reply reply = api.post(US01, "/api/v1/trials/" + LEGEND + "/visits:batch", body);

		// Then
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		JsonNode items = reply.json().get("items");
		assertThat(reply.json().get("accepted").asInt()).isEqualTo(2);
		assertThat(reply.json().get("rejected").asInt()).isEqualTo(2);
		assertThat(items.valueStream().map(item -> item.get("status").asInt())).containsExactly(201, 422, 403, 201);
		assertThat(items.get(1).get("problem").get("errors").get(0).get("field").asString())
			.isEqualTo("visits[1].visit.limbs[0].perfusion.abi");
		String acceptedVisit = items.get(0).get("visit").get("visitId").asString();
		probe.awaitRecord(r -> r.value() instanceof VisitRecorded v && v.getVisitId().equals(acceptedVisit),
				Duration.ofSeconds(10));
		probe.awaitRecord(r -> r.value() instanceof VisitRecorded v && v.getSubjectId().equals(second)
				&& v.getMetadata().getTrialId().equals(LEGEND) && v.getVisit().getVisitCode().equals("D56"),
				Duration.ofSeconds(10));
		probe.awaitNoRecord(r -> r.value() instanceof VisitRecorded v && v.getMetadata().getTrialId().equals(LEGEND)
				&& (v.getSubjectId().equals(otherSite)
						|| v.getSubjectId().equals(second) && v.getVisit().getVisitCode().equals("D28")),
				Duration.ofSeconds(2));
	}

	@Test
	void batchLargerThanASingleWriteIsAcceptedAndOneOverItsOwnLimitIs413() {
		// Given 700 visits: over the 256 KiB of a single write, within the batch limit of 2 MiB
		String subjectId = Trials.enrolLegend(api, US01);
		String item = "{\"subjectId\": \"" + subjectId + "\", \"visit\": "
				+ Trials.legendVisit("UNSCHEDULED", 30).replace("\n", "") + "}";
		String body = "{\"visits\": [" + String.join(",", java.util.Collections.nCopies(700, item)) + "]}";
		String padded = "{\"visits\": [" + item + "]}" + " ".repeat(2 * 1024 * 1024);

		// When
		ApiClient.Reply accepted = api.post(US01, "/api/v1/trials/" + LEGEND + "/visits:batch", body);
		ApiClient.Reply tooLarge = api.post(US01, "/api/v1/trials/" + LEGEND + "/visits:batch", padded);

		// Then
		assertThat(body.length()).isGreaterThan(256 * 1024);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("accepted").asInt()).isEqualTo(700);
		assertThat(tooLarge.status()).isEqualTo(413);
	}

	@Test
	void emptyBatchIsRefused() {
		// When
		ApiClient.Reply reply = api.post(US01, "/api/v1/trials/" + LEGEND + "/visits:batch", "{\"visits\": []}");

		// Then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("errors").get(0).get("rule").asString()).isEqualTo("batch.size");
	}

}
