package org.trialstream.sitecapture.api;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.VisitRecorded;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialstream.sitecapture.api.Trials.LEGEND;
import static org.trialstream.sitecapture.api.Trials.US01;

class BadInputTests extends CaptureApiTest {

	String subjectId;

	@BeforeEach
	void subject() {
		subjectId = Trials.enrolLegend(api, US01);
	}

	private void assertNoVisitWritten() {
		probe.awaitNoRecord(r -> r.value() instanceof VisitRecorded v && v.getSubjectId().equals(subjectId)
				&& v.getMetadata().getTrialId().equals(LEGEND), Duration.ofSeconds(1));
	}

	private static JsonNode onlyError(ApiClient.Reply reply) {
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.json().get("errors")).hasSize(1);
		return reply.json().get("errors").get(0);
	}

	@Test
	void bodyOverTwoHundredFiftySixKibibytesIs413AndNotWritten() {
		// Given a valid visit padded with whitespace to just over 256 KiB
		String visit = Trials.legendVisit("D28", 28);
		String body = visit + " ".repeat(256 * 1024 + 1 - visit.length());

		// When
		ApiClient.Reply reply = api.post(US01, Trials.visitsPath(LEGEND, subjectId), body);

		// Then
		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.json().get("type").asString()).isEqualTo("urn:trialstream:problem:body-too-large");
		assertNoVisitWritten();
	}

	@Test
	void bodyOfExactlyTheLimitIsAccepted() {
		// Given
		String visit = Trials.legendVisit("D28", 28);
		String body = visit + " ".repeat(256 * 1024 - visit.length());

		// When / Then
		assertThat(api.post(US01, Trials.visitsPath(LEGEND, subjectId), body).status()).isEqualTo(201);
	}

	@Test
	void malformedJsonIs400() {
		// When
		ApiClient.Reply reply = api.post(US01, Trials.visitsPath(LEGEND, subjectId), "{\"visitCode\": \"D28\",");

		// Then
		assertThat(reply.status()).isEqualTo(400);
		assertThat(onlyError(reply).get("rule").asString()).isEqualTo("json.malformed");
		assertNoVisitWritten();
	}

	@Test
	void wrongTypeIs400NamingTheField() {
		// Given
		String body = Trials.legendVisit("D28", 28).replace("\"abi\": 0.62", "\"abi\": \"low\"");

		// When
		ApiClient.Reply reply = api.post(US01, Trials.visitsPath(LEGEND, subjectId), body);

		// Then
		assertThat(reply.status()).isEqualTo(400);
		JsonNode error = onlyError(reply);
		assertThat(error.get("field").asString()).isEqualTo("limbs[0].perfusion.abi");
		assertThat(error.get("rule").asString()).isEqualTo("json.type");
		assertThat(reply.body()).doesNotContain("low");
		assertNoVisitWritten();
	}

	@Test
	void numberSentAsTextAndFractionForAnIntegerAre400() {
		// When
		ApiClient.Reply text = api.post(US01, Trials.visitsPath(LEGEND, subjectId),
				Trials.legendVisit("D28", 28).replace("\"abi\": 0.62", "\"abi\": \"0.62\""));
		ApiClient.Reply fraction = api.post(US01, Trials.visitsPath(LEGEND, subjectId),
				Trials.legendVisit("D28", 28).replace("\"wagnerGrade\": 2", "\"wagnerGrade\": 2.5"));

		// Then
		assertThat(text.status()).isEqualTo(400);
		assertThat(fraction.status()).isEqualTo(400);
		assertThat(onlyError(fraction).get("field").asString()).isEqualTo("limbs[0].wound.wagnerGrade");
		assertNoVisitWritten();
	}

	@Test
	void unknownFieldIs400NamingIt() {
		// Given
		String body = Trials.legendVisit("D28", 28).replaceFirst("\\{", "{\"patientName\": \"Jane Doe\", ");

		// When
		ApiClient.Reply reply = api.post(US01, Trials.visitsPath(LEGEND, subjectId), body);

		// Then
		assertThat(reply.status()).isEqualTo(400);
		JsonNode error = onlyError(reply);
		assertThat(error.get("field").asString()).isEqualTo("patientName");
		assertThat(error.get("rule").asString()).isEqualTo("json.unknown-field");
		assertNoVisitWritten();
	}

	@Test
	void deeplyNestedBodyIs400() {
		// Given
		String body = "[".repeat(5000) + "]".repeat(5000);

		// When
		ApiClient.Reply reply = api.post(US01, Trials.visitsPath(LEGEND, subjectId), body);
		ApiClient.Reply nestedField = api.post(US01, Trials.visitsPath(LEGEND, subjectId),
				"{\"visitCode\": \"D28\", \"vitals\": " + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}");

		// Then
		assertThat(reply.status()).isEqualTo(400);
		assertThat(nestedField.status()).isEqualTo(400);
		assertNoVisitWritten();
	}

	@Test
	void emptyBodyAndWrongMediaTypeAre4xx() {
		// When
		ApiClient.Reply empty = api.post(US01, Trials.visitsPath(LEGEND, subjectId), "");

		// Then
		assertThat(empty.status()).isEqualTo(400);
		assertThat(onlyError(empty).get("rule").asString()).isEqualTo("json.missing");
	}

	@Test
	void markupInFreeTextIsStoredVerbatim() {
		// Given
		String term = "<script>alert('x')</script> & \"ulcer\" <b>infection</b>";
		String body = """
				{"verbatimTerm": %s, "onsetDate": "%s", "ctcaeGrade": 2, "ctcaeVersion": "V5_0", "serious": false,
				 "causalityInvestigator": "NOT_RELATED", "outcome": "RECOVERING", "siteAwareAt": "%sT10:00:00Z"}
				""".formatted(ApiClient.JSON.writeValueAsString(term), Trials.ENROLMENT_DATE.plusDays(10),
				Trials.ENROLMENT_DATE.plusDays(11));

		// When
		ApiClient.Reply reply = api.post(US01, "/api/v1/trials/" + LEGEND + "/subjects/" + subjectId + "/adverse-events",
				body);

		// Then
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		AdverseEventReported event = (AdverseEventReported) probe
			.awaitRecord(r -> r.value() instanceof AdverseEventReported e && e.getSubjectId().equals(subjectId)
					&& e.getMetadata().getTrialId().equals(LEGEND), Duration.ofSeconds(10))
			.value();
		assertThat(event.getCase$().getVerbatimTerm()).isEqualTo(term);
		JsonNode read = api.get(US01, "/api/v1/trials/" + LEGEND + "/subjects/" + subjectId).json();
		assertThat(read.get("adverseEvents").get(0).get("adverseEvent").get("verbatimTerm").asString()).isEqualTo(term);
	}

}
