package org.trialstream.sitecapture.api;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.SubjectEnrolled;
import org.trialstream.avro.capture.VisitRecorded;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialstream.sitecapture.api.Trials.LEGEND;
import static org.trialstream.sitecapture.api.Trials.US01;
import static org.trialstream.sitecapture.api.Trials.US02;

class SiteIsolationTests extends CaptureApiTest {

	@Test
	void siteCannotReadAnotherSitesSubjectAndCannotTellWhetherItExists() {
		// Given a subject of US-02
		String otherSitesSubject = Trials.enrolLegend(api, US02);

		// When US-01 asks for it, and for an id of US-02 that does not exist
		ApiClient.Reply existing = api.get(US01, "/api/v1/trials/" + LEGEND + "/subjects/" + otherSitesSubject);
		ApiClient.Reply missing = api.get(US01, "/api/v1/trials/" + LEGEND + "/subjects/US-02-9999");

		// Then both are the same 403
		assertThat(existing.status()).isEqualTo(403);
		assertThat(missing.status()).isEqualTo(403);
		assertThat(existing.body()).isEqualTo(missing.body());
		assertThat(existing.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void siteCannotWriteToAnotherSitesSubjectAndNothingIsWritten() {
		// Given
		String otherSitesSubject = Trials.enrolLegend(api, US02);

		// When
		ApiClient.Reply existing = api.post(US01, Trials.visitsPath(LEGEND, otherSitesSubject),
				Trials.legendVisit("D28", 28));
		ApiClient.Reply missing = api.post(US01, Trials.visitsPath(LEGEND, "US-02-9999"), Trials.legendVisit("D28", 28));

		// Then
		assertThat(existing.status()).isEqualTo(403);
		assertThat(existing.body()).isEqualTo(missing.body());
		probe.awaitNoRecord(r -> r.value() instanceof VisitRecorded v && v.getSubjectId().equals(otherSitesSubject)
				&& v.getMetadata().getTrialId().equals(LEGEND), Duration.ofSeconds(2));
	}

	@Test
	void siteOfAnotherTrialCannotReadOrEnrol() {
		// Given
		String subjectId = Trials.enrolLegend(api, US01);

		// When
		ApiClient.Reply read = api.get(Trials.CN01, "/api/v1/trials/" + LEGEND + "/subjects/" + subjectId);
		ApiClient.Reply enrol = api.postJson(Trials.CN01, "/api/v1/trials/" + LEGEND + "/subjects",
				Trials.legendEnrolment());

		// Then
		assertThat(read.status()).isEqualTo(403);
		assertThat(enrol.status()).isEqualTo(403);
	}

	@Test
	void onlyTheDmcSeesTheArmOfABlindedTrial() {
		// Given
		ApiClient.Reply enrolled = api.postJson(US01, "/api/v1/trials/" + LEGEND + "/subjects", Trials.legendEnrolment());
		String subjectId = enrolled.json().get("subjectId").asString();
		String path = "/api/v1/trials/" + LEGEND + "/subjects/" + subjectId;

		// When
		JsonNode site = api.get(US01, path).json();
		JsonNode sponsor = api.get("sponsor", path).json();
		JsonNode monitor = api.get("monitor", path).json();
		JsonNode dmc = api.get("dmc", path).json();

		// Then
		assertThat(enrolled.json().has("armCode")).isFalse();
		assertThat(enrolled.json().get("kitNumber").asString()).startsWith("KIT-");
		assertThat(site.has("armCode")).isFalse();
		assertThat(site.get("kitNumber").asString()).isEqualTo(enrolled.json().get("kitNumber").asString());
		assertThat(sponsor.has("armCode")).isFalse();
		assertThat(monitor.has("armCode")).isFalse();
		assertThat(dmc.get("armCode").asString()).isIn("AMG-4MG", "AMG-8MG", "PLACEBO");
		SubjectEnrolled event = (SubjectEnrolled) probe
			.awaitRecord(r -> r.value() instanceof SubjectEnrolled e && e.getSubjectId().equals(subjectId)
					&& e.getMetadata().getTrialId().equals(LEGEND), Duration.ofSeconds(10))
			.value();
		assertThat(event.getAllocation().getArmCode()).isEqualTo(dmc.get("armCode").asString());
	}

	@Test
	void readersOtherThanSitesCannotWrite() {
		// Given
		String subjectId = Trials.enrolLegend(api, US01);

		// When
		ApiClient.Reply monitor = api.post("monitor", Trials.visitsPath(LEGEND, subjectId), Trials.legendVisit("D28", 28));
		ApiClient.Reply sponsorEnrols = api.postJson("sponsor", "/api/v1/trials/" + LEGEND + "/subjects",
				Trials.legendEnrolment());

		// Then: the same 403 body as every other denial
		assertThat(monitor.status()).isEqualTo(403);
		assertThat(sponsorEnrols.status()).isEqualTo(403);
		assertThat(monitor.body()).isEqualTo(api.get(US01, "/api/v1/trials/" + LEGEND + "/subjects/US-02-9999").body());
	}

	@Test
	void anonymousCallerIsAskedToAuthenticate() {
		// When
		ApiClient.Reply reply = api.get(null, "/api/v1/trials/" + LEGEND + "/subjects/US-01-0001");

		// Then
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
		assertThat(reply.json().get("status").asInt()).isEqualTo(401);
	}

	@Test
	void siteReadsItsSubjectWithVisitsAsCurrentlyRecorded() {
		// Given
		String subjectId = Trials.enrolLegend(api, US01);
		String visitId = api.post(US01, Trials.visitsPath(LEGEND, subjectId), Trials.legendVisit("D0", 0))
			.json()
			.get("visitId")
			.asString();

		// When
		ApiClient.Reply reply = api.get(US01, "/api/v1/trials/" + LEGEND + "/subjects/" + subjectId);

		// Then
		assertThat(reply.status()).isEqualTo(200);
		JsonNode visit = reply.json().get("visits").get(0);
		assertThat(visit.get("visitId").asString()).isEqualTo(visitId);
		assertThat(visit.get("visit").get("visitCode").asString()).isEqualTo("D0");
		assertThat(visit.get("windowStatus").asString()).isEqualTo("IN_WINDOW");
		assertThat(reply.json().get("siteId").asString()).isEqualTo("US-01");
	}

}
