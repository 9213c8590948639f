package org.trialstream.sitecapture.api;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.junit.jupiter.api.Test;

import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.SubjectEnrolled;
import org.trialstream.avro.common.ActorRole;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialstream.sitecapture.api.Trials.LEGEND;
import static org.trialstream.sitecapture.api.Trials.US01;

class EnrolmentTests extends CaptureApiTest {

	@Test
	void enrolsWithASiteNumberedIdAndWritesSubjectEnrolled() {
		// When
		ApiClient.Reply reply = api.postJson(US01, "/api/v1/trials/" + LEGEND + "/subjects", Trials.legendEnrolment());

		// Then
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		String subjectId = reply.json().get("subjectId").asString();
		assertThat(subjectId).matches("US-01-\\d{4}");
		assertThat(reply.header("Location")).isEqualTo("/api/v1/trials/LEGEND-1/subjects/" + subjectId);
		ConsumerRecord<String, SpecificRecord> record = probe.awaitRecord(
				r -> r.value() instanceof SubjectEnrolled e && e.getSubjectId().equals(subjectId), Duration.ofSeconds(10));
		assertThat(record.key()).isEqualTo(LEGEND + ":" + subjectId);
		SubjectEnrolled event = (SubjectEnrolled) record.value();
		assertThat(event.getMetadata().getActor().getRole()).isEqualTo(ActorRole.SITE);
		assertThat(event.getMetadata().getSiteId()).isEqualTo("US-01");
		assertThat(event.getAllocation().getArmCode()).isIn("AMG-4MG", "AMG-8MG", "PLACEBO");
		assertThat(event.getAllocation().getKitNumber()).isEqualTo(reply.json().get("kitNumber").asString());
		assertThat(event.getAgeYears()).isEqualTo(64);
		assertThat(event.getBaselineLabs().get(0).getUpperLimitOfNormal()).isEqualTo(5.6);
	}

	@Test
	void ineligibleSubjectIsRefusedWithEveryFailedCriterion() {
		// Given
		Map<String, Object> enrolment = new HashMap<>(Trials.legendEnrolment());
		enrolment.put("ageYears", 17);
		enrolment.put("indexUlcerAreaCm2", 14.0);
		enrolment.put("screeningLabs", List.of(Map.of("analyte", "HBA1C", "value", 13.5, "unit", "%")));

		// When
		ApiClient.Reply reply = api.postJson(US01, "/api/v1/trials/" + LEGEND + "/subjects", enrolment);

		// Then
		assertThat(reply.status()).isEqualTo(422);
		JsonNode problem = reply.json();
		assertThat(problem.get("type").asString()).isEqualTo("urn:trialstream:problem:not-eligible");
		assertThat(problem.get("errors").valueStream().map(e -> e.get("rule").asString()))
			.containsExactlyInAnyOrder("eligibility.age", "eligibility.ulcer-area", "eligibility.lab");
		probe.awaitNoRecord(r -> r.value() instanceof SubjectEnrolled e && e.getAgeYears() != null
				&& e.getAgeYears() == 17, Duration.ofSeconds(1));
	}

	@Test
	void openTrialShowsTheArmToTheSite() {
		// When
		ApiClient.Reply reply = api.postJson(Trials.CN01, "/api/v1/trials/" + Trials.HUCMSC + "/subjects",
				Trials.hucmscEnrolment());

		// Then
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("subjectId").asString()).matches("CN-01-\\d{4}");
		assertThat(reply.json().get("armCode").asString()).isIn("CONTROL", "HUCMSC");
		assertThat(reply.json().has("kitNumber")).isFalse();
	}

	@Test
	void unknownTrialIs404() {
		// When
		ApiClient.Reply reply = api.postJson(US01, "/api/v1/trials/NO-SUCH-TRIAL/subjects", Trials.legendEnrolment());

		// Then
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.json().get("status").asInt()).isEqualTo(404);
	}

}
