package org.trialstream.sitecapture.api;

import java.time.Duration;
import java.time.Instant;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.junit.jupiter.api.Test;

import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.ProtocolDeviationRecorded;
import org.trialstream.avro.capture.VisitCorrected;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.capture.WindowStatus;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.common.EventMetadata;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialstream.sitecapture.api.Trials.LEGEND;
import static org.trialstream.sitecapture.api.Trials.US01;

class VisitCaptureTests extends CaptureApiTest {

	@Test
	void acceptedVisitIsOnItsTopicWithSubjectKeyAndServerStampedMetadata() {
		// Given
		String subjectId = Trials.enrolLegend(api, US01);
		Instant before = Instant.now().minusSeconds(1);

		// When
		ApiClient.Reply reply = api.post(US01, Trials.visitsPath(LEGEND, subjectId), Trials.legendVisit("D28", 28));

		// Then
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		JsonNode body = reply.json();
		assertThat(body.get("windowStatus").asString()).isEqualTo("IN_WINDOW");
		assertThat(body.get("studyDay").asInt()).isEqualTo(28);
		String visitId = body.get("visitId").asString();
		ConsumerRecord<String, SpecificRecord> record = probe.awaitRecord(
				r -> r.value() instanceof VisitRecorded v && v.getVisitId().equals(visitId), Duration.ofSeconds(10));
		assertThat(record.key()).isEqualTo(LEGEND + ":" + subjectId);
		VisitRecorded event = (VisitRecorded) record.value();
		EventMetadata metadata = event.getMetadata();
		assertThat(metadata.getActor().getId()).isEqualTo(US01);
		assertThat(metadata.getActor().getRole()).isEqualTo(ActorRole.SITE);
		assertThat(metadata.getSiteId()).isEqualTo("US-01");
		assertThat(metadata.getTrialId()).isEqualTo(LEGEND);
		assertThat(metadata.getSource()).isEqualTo("site-capture");
		assertThat(metadata.getEventId()).isNotNull();
		assertThat(metadata.getRecordedAt()).isBetween(before, Instant.now());
		assertThat(metadata.getOccurredAt()).isEqualTo(Trials.ENROLMENT_DATE.plusDays(28).atStartOfDay()
			.toInstant(java.time.ZoneOffset.UTC));
		assertThat(event.getWindowStatus()).isEqualTo(WindowStatus.IN_WINDOW);
		assertThat(event.getVisit().getLimbs().get(0).getPerfusion().getAbi()).isEqualTo(0.62);
		assertThat(event.getVisit().getLabs().get(0).getLowerLimitOfNormal()).isEqualTo(120.0);
	}

	@Test
	void visitFailingEditChecksIsRejectedWithEveryFailureAndNotWritten() {
		// Given
		String subjectId = Trials.enrolLegend(api, US01);
		String visit = """
				{"visitCode": "D99", "visitDate": "%s",
				 "limbs": [{"laterality": "RIGHT",
				            "wound": {"areaCm2": -1, "wagnerGrade": 7, "closureStatus": "OPEN"},
				            "perfusion": {"abi": 2.1, "tcpo2MmHg": 140, "toePressureMmHg": 250}}],
				 "vitals": {"temperatureC": 52}}
				""".formatted(Trials.ENROLMENT_DATE.minusDays(3));

		// When
		ApiClient.Reply reply = api.post(US01, Trials.visitsPath(LEGEND, subjectId), visit);

		// Then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		JsonNode errors = reply.json().get("errors");
		assertThat(errors.valueStream().map(e -> e.get("field").asString() + " " + e.get("rule").asString()))
			.containsExactlyInAnyOrder("visitCode visit.code.unknown", "visitDate visit.date.before-enrolment",
					"limbs[0].laterality limb.unknown", "limbs[0].wound.areaCm2 range.area",
					"limbs[0].wound.wagnerGrade range.wagner", "limbs[0].perfusion.abi range.abi",
					"limbs[0].perfusion.toePressureMmHg range.toe-pressure", "limbs[0].perfusion.tcpo2MmHg range.tcpo2",
					"vitals.temperatureC range.temperature");
		probe.awaitNoRecord(r -> r.value() instanceof VisitRecorded v && v.getSubjectId().equals(subjectId)
				&& v.getMetadata().getTrialId().equals(LEGEND), Duration.ofSeconds(2));
	}

	@Test
	void outOfWindowVisitIsAcceptedAndRecordsADeviation() {
		// Given
		String subjectId = Trials.enrolLegend(api, US01);

		// When
		ApiClient.Reply reply = api.post(US01, Trials.visitsPath(LEGEND, subjectId), Trials.legendVisit("D28", 40));

		// Then
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.json().get("windowStatus").asString()).isEqualTo("LATE");
		String visitId = reply.json().get("visitId").asString();
		ConsumerRecord<String, SpecificRecord> deviation = probe.awaitRecord(
				r -> r.value() instanceof ProtocolDeviationRecorded d && visitId.equals(d.getVisitId()),
				Duration.ofSeconds(10));
		assertThat(deviation.key()).isEqualTo(LEGEND + ":" + subjectId);
		assertThat(((ProtocolDeviationRecorded) deviation.value()).getDescription())
			.isEqualTo("visit D28 on day 40, window 25-31 (LATE)");
		VisitRecorded visit = (VisitRecorded) probe
			.awaitRecord(r -> r.value() instanceof VisitRecorded v && v.getVisitId().equals(visitId),
					Duration.ofSeconds(10))
			.value();
		assertThat(visit.getWindowStatus()).isEqualTo(WindowStatus.LATE);
	}

	@Test
	void correctionWritesReasonChangedFieldsAndTheCompleteVisit() {
		// Given
		String subjectId = Trials.enrolLegend(api, US01);
		String path = Trials.visitsPath(LEGEND, subjectId);
		String visitId = api.post(US01, path, Trials.legendVisit("D28", 28)).json().get("visitId").asString();
		String corrected = Trials.legendVisit("D28", 28).replace("\"areaCm2\": 2.4", "\"areaCm2\": 2.1");

		// When
		ApiClient.Reply reply = api.post(US01, path + "/" + visitId + "/corrections",
				"{\"reason\": \"Transcription error <b>area</b>\", \"visit\": " + corrected + "}");

		// Then
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.json().get("correctionNumber").asInt()).isEqualTo(1);
		VisitCorrected event = (VisitCorrected) probe
			.awaitRecord(r -> r.value() instanceof VisitCorrected c && c.getVisitId().equals(visitId),
					Duration.ofSeconds(10))
			.value();
		assertThat(event.getReason()).isEqualTo("Transcription error <b>area</b>");
		assertThat(event.getChanges()).singleElement().satisfies(change -> {
			assertThat(change.getPath()).isEqualTo("limbs[LEFT].wound.areaCm2");
			assertThat(change.getPreviousValue()).isEqualTo("2.4");
			assertThat(change.getNewValue()).isEqualTo("2.1");
		});
		assertThat(event.getVisit().getLimbs().get(0).getWound().getAreaCm2()).isEqualTo(2.1);
		assertThat(event.getVisit().getLimbs().get(0).getPerfusion().getAbi()).isEqualTo(0.62);
		assertThat(event.getMetadata().getActor().getId()).isEqualTo(US01);
	}

	@Test
	void correctionWithoutReasonIsRejected() {
		// Given
		String subjectId = Trials.enrolLegend(api, US01);
		String path = Trials.visitsPath(LEGEND, subjectId);
		String visitId = api.post(US01, path, Trials.legendVisit("D28", 28)).json().get("visitId").asString();

		// When
		ApiClient.Reply reply = api.post(US01, path + "/" + visitId + "/corrections",
				"{\"visit\": " + Trials.legendVisit("D28", 29) + "}");

		// Then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(reply.json().get("errors").get(0).get("rule").asString()).isEqualTo("required");
		probe.awaitNoRecord(r -> r.value() instanceof VisitCorrected c && c.getVisitId().equals(visitId),
				Duration.ofSeconds(1));
	}

	@Test
	void visitAssessingTheSameLimbTwiceIsRejected() {
		// Given a HUCMSC subject followed on both limbs
		String subjectId = Trials.enrolHucmsc(api);
		String visit = """
				{"visitCode": "M1", "visitDate": "%s",
				 "limbs": [{"laterality": "LEFT", "perfusion": {"abi": 0.7, "skinTemperatureC": 31.5}},
				           {"laterality": "LEFT", "perfusion": {"abi": 0.8}}]}
				""".formatted(Trials.ENROLMENT_DATE.plusDays(30));

		// When
		ApiClient.Reply reply = api.post(Trials.CN01, Trials.visitsPath(Trials.HUCMSC, subjectId), visit);

		// Then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("limbs[1].laterality");
		assertThat(reply.json().get("errors").get(0).get("rule").asString()).isEqualTo("limb.duplicate");
	}

}
