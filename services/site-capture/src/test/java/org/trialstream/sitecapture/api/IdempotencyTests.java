package org.trialstream.sitecapture.api;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.SubjectEnrolled;
import org.trialstream.avro.capture.VisitRecorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialstream.sitecapture.api.Trials.LEGEND;
import static org.trialstream.sitecapture.api.Trials.US01;

class IdempotencyTests extends CaptureApiTest {

	@Test
	void repeatedVisitWithTheSameKeyGetsTheFirstResponseAndIsWrittenOnce() {
		// Given
		String subjectId = Trials.enrolLegend(api, US01);
		String key = UUID.randomUUID().toString();
		String path = Trials.visitsPath(LEGEND, subjectId);
		ApiClient.Reply first = api.post(US01, path, Trials.legendVisit("D28", 28), key);

		// When
		ApiClient.Reply second = api.post(US01, path, Trials.legendVisit("D28", 28), key);
		ApiClient.Reply third = api.post(US01, path, Trials.legendVisit("D28", 28), key);

		// Then
		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(third.body()).isEqualTo(first.body());
		assertThat(second.header("Location")).isEqualTo(first.header("Location"));
		assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
		String visitId = first.json().get("visitId").asString();
		VisitRecorded written = (VisitRecorded) probe
			.awaitRecord(r -> r.value() instanceof VisitRecorded v && v.getVisitId().equals(visitId),
					Duration.ofSeconds(10))
			.value();
		assertThat(written.getMetadata().getCorrelationId()).isEqualTo(key);
		probe.awaitNoRecord(r -> r.value() instanceof VisitRecorded v && v.getSubjectId().equals(subjectId)
				&& v.getMetadata().getTrialId().equals(LEGEND) && !v.getVisitId().equals(visitId), Duration.ofSeconds(2));
	}

	@Test
	void sameKeyWithAnotherBodyIsRefusedAndNothingIsWritten() {
		// Given
		String subjectId = Trials.enrolLegend(api, US01);
		String key = UUID.randomUUID().toString();
		String path = Trials.visitsPath(LEGEND, subjectId);
		String visitId = api.post(US01, path, Trials.legendVisit("D28", 28), key).json().get("visitId").asString();

		// When
		ApiClient.Reply reply = api.post(US01, path, Trials.legendVisit("D56", 56), key);

		// Then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("type").asString()).isEqualTo("urn:trialstream:problem:idempotency-key-reused");
		probe.awaitNoRecord(r -> r.value() instanceof VisitRecorded v && v.getSubjectId().equals(subjectId)
				&& v.getMetadata().getTrialId().equals(LEGEND) && !v.getVisitId().equals(visitId), Duration.ofSeconds(2));
	}

	@Test
	void repeatedEnrolmentWithTheSameKeyEnrolsOneSubject() {
		// Given
		String key = UUID.randomUUID().toString();
		String body = ApiClient.JSON.writeValueAsString(Trials.legendEnrolment());
		ApiClient.Reply first = api.post(US01, "/api/v1/trials/" + LEGEND + "/subjects", body, key);
		String subjectId = first.json().get("subjectId").asString();

		// When
		ApiClient.Reply second = api.post(US01, "/api/v1/trials/" + LEGEND + "/subjects", body, key);

		// Then
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(probe.awaitRecord(r -> r.value() instanceof SubjectEnrolled e && e.getSubjectId().equals(subjectId),
				Duration.ofSeconds(10))).isNotNull();
		probe.awaitNoRecord(r -> r.value() instanceof SubjectEnrolled e && key.equals(e.getMetadata().getCorrelationId())
				&& !e.getSubjectId().equals(subjectId), Duration.ofSeconds(2));
	}

	@Test
	void keysBelongToTheirUser() {
		// Given the same key used by two sites for their own subjects
		String key = UUID.randomUUID().toString();
		String us01Subject = Trials.enrolLegend(api, US01);
		String us02Subject = Trials.enrolLegend(api, Trials.US02);

		// When
		ApiClient.Reply us01 = api.post(US01, Trials.visitsPath(LEGEND, us01Subject), Trials.legendVisit("D28", 28), key);
		ApiClient.Reply us02 = api.post(Trials.US02, Trials.visitsPath(LEGEND, us02Subject),
				Trials.legendVisit("D28", 28), key);

		// Then
		assertThat(us01.status()).isEqualTo(201);
		assertThat(us02.status()).isEqualTo(201);
		assertThat(us02.json().get("subjectId").asString()).isEqualTo(us02Subject);
	}

}
