package org.trialstream.sitecapture.api;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AdverseEventOutcome;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.AdverseEventUpdated;
import org.trialstream.avro.capture.SeriousnessCriterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialstream.sitecapture.api.Trials.LEGEND;
import static org.trialstream.sitecapture.api.Trials.US01;

class AdverseEventCaptureTests extends CaptureApiTest {

	String subjectId;

	@BeforeEach
	void subject() {
		subjectId = Trials.enrolLegend(api, US01);
	}

	private String path() {
		return "/api/v1/trials/" + LEGEND + "/subjects/" + subjectId + "/adverse-events";
	}

	private static String adverseEvent(int grade, boolean serious, String criteria, String outcome) {
		return """
				{"verbatimTerm": "Wound infection", "onsetDate": "%s", "ctcaeGrade": %d, "ctcaeVersion": "V5_0",
				 "serious": %s, "seriousnessCriteria": [%s], "causalityInvestigator": "NOT_RELATED",
				 "outcome": "%s", "laterality": "LEFT", "siteAwareAt": "%sT08:30:00Z"}
				""".formatted(Trials.ENROLMENT_DATE.plusDays(20), grade, serious, criteria, outcome,
				Trials.ENROLMENT_DATE.plusDays(21));
	}

	@Test
	void reportedEventAndItsFollowUpAreWrittenAsSeparateEvents() {
		// Given
		ApiClient.Reply reported = api.post(US01, path(), adverseEvent(3, true, "\"HOSPITALISATION\"", "NOT_RECOVERED"));
		assertThat(reported.status()).as(reported.body()).isEqualTo(201);
		String aeId = reported.json().get("adverseEventId").asString();

		// When
		ApiClient.Reply followUp = api.post(US01, path() + "/" + aeId + "/follow-ups",
				"{\"reason\": \"Discharged\", \"adverseEvent\": "
						+ adverseEvent(3, true, "\"HOSPITALISATION\"", "RECOVERED") + "}");

		// Then
		assertThat(followUp.status()).as(followUp.body()).isEqualTo(201);
		assertThat(followUp.json().get("followUpNumber").asInt()).isEqualTo(1);
		AdverseEventReported first = (AdverseEventReported) probe
			.awaitRecord(r -> r.value() instanceof AdverseEventReported e && e.getAdverseEventId().equals(aeId),
					Duration.ofSeconds(10))
			.value();
		AdverseEventUpdated update = (AdverseEventUpdated) probe
			.awaitRecord(r -> r.value() instanceof AdverseEventUpdated e && e.getAdverseEventId().equals(aeId),
					Duration.ofSeconds(10))
			.value();
		assertThat(first.getCase$().getSeriousnessCriteria()).containsExactly(SeriousnessCriterion.HOSPITALISATION);
		assertThat(first.getMetadata().getSiteId()).isEqualTo("US-01");
		assertThat(update.getInitialReportEventId()).isEqualTo(first.getMetadata().getEventId());
		assertThat(update.getFollowUpNumber()).isEqualTo(1);
		assertThat(update.getReason()).isEqualTo("Discharged");
		assertThat(update.getCase$().getOutcome()).isEqualTo(AdverseEventOutcome.RECOVERED);
		assertThat(update.getCase$().getVerbatimTerm()).isEqualTo("Wound infection");
	}

	@Test
	void seriousEventWithoutCriterionAndGradeFiveNotFatalAreRefused() {
		// When
		ApiClient.Reply noCriterion = api.post(US01, path(), adverseEvent(3, true, "", "RECOVERING"));
		ApiClient.Reply notFatal = api.post(US01, path(), adverseEvent(5, true, "\"DEATH\"", "NOT_RECOVERED"));

		// Then
		assertThat(noCriterion.status()).isEqualTo(422);
		assertThat(noCriterion.json().get("errors").get(0).get("rule").asString())
			.isEqualTo("ae.serious.criteria-required");
		assertThat(notFatal.status()).isEqualTo(422);
		assertThat(notFatal.json().get("errors").get(0).get("rule").asString()).isEqualTo("ae.grade5.fatal");
		probe.awaitNoRecord(r -> r.value() instanceof AdverseEventReported e && e.getSubjectId().equals(subjectId)
				&& e.getMetadata().getTrialId().equals(LEGEND), Duration.ofSeconds(1));
	}

	@Test
	void followUpWithoutReasonIsRefused() {
		// Given
		String aeId = api.post(US01, path(), adverseEvent(2, false, "", "RECOVERING"))
			.json()
			.get("adverseEventId")
			.asString();

		// When
		ApiClient.Reply reply = api.post(US01, path() + "/" + aeId + "/follow-ups",
				"{\"adverseEvent\": " + adverseEvent(2, false, "", "RECOVERED") + "}");

		// Then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
	}

}
