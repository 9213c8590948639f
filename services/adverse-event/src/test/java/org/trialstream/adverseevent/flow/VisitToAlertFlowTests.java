package org.trialstream.adverseevent.flow;

import java.time.Duration;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AmputationLevel;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.common.LabAnalyte;
import org.trialstream.avro.safety.AlertKind;
import org.trialstream.avro.safety.SafetyAlertRaised;
import org.trialstream.avro.safety.SafetyAlertUpdated;

import static org.assertj.core.api.Assertions.assertThat;

class VisitToAlertFlowTests extends AlertFlowTest {

	private boolean raisedFor(ConsumerRecord<String, SpecificRecord> record, AlertKind kind) {
		return record.value() instanceof SafetyAlertRaised raised && raised.getSubjectId().equals(subject)
				&& raised.getKind() == kind;
	}

	@Test
	void suggestsAnAdverseEventWhenPlateletsFallToGradeThreeFromANormalBaseline() {
		// Given a subject enrolled with normal platelets
		produce(Topics.SUBJECT_ENROLLED, subject,
				CaptureEvents.enrolled(subject, List.of(CaptureEvents.lab(LabAnalyte.PLATELETS, 230, "10*9/L"))));

		// When a visit records platelets of 40 x10^9/L
		produce(Topics.VISIT_RECORDED, subject, CaptureEvents.visit(subject,
				List.of(CaptureEvents.lab(LabAnalyte.PLATELETS, 40, "10*9/L")), AmputationLevel.NONE));

		// Then one suggested adverse event, grade 3, for the site to confirm
		SafetyAlertRaised raised = (SafetyAlertRaised) alerts
			.awaitRecord(record -> raisedFor(record, AlertKind.SUGGESTED_ADVERSE_EVENT), WAIT)
			.value();
		assertThat(raised.getCtcaeGrade()).isEqualTo(3);
		assertThat(raised.getReason()).contains("platelet count decreased", "baseline grade 0");
		assertThat(raised.getClocks()).isEmpty();
	}

	@Test
	void doesNotSignalALabThatIsNoWorseThanTheSubjectsBaseline() {
		// Given a subject who entered with neutrophils at grade 3
		produce(Topics.SUBJECT_ENROLLED, subject,
				CaptureEvents.enrolled(subject, List.of(CaptureEvents.lab(LabAnalyte.NEUTROPHILS, 0.8, "10*9/L"))));

		// When a visit records the same grade
		produce(Topics.VISIT_RECORDED, subject, CaptureEvents.visit(subject,
				List.of(CaptureEvents.lab(LabAnalyte.NEUTROPHILS, 0.7, "10*9/L")), AmputationLevel.NONE));

		// Then no alert
		alerts.awaitNoRecord(record -> raisedFor(record, AlertKind.SUGGESTED_ADVERSE_EVENT), Duration.ofSeconds(3));
	}

	@Test
	void raisesAMajorAmputationOnceAndUpdatesALabAlertWhenTheGradeWorsens() {
		produce(Topics.VISIT_RECORDED, subject, CaptureEvents.visit(subject,
				List.of(CaptureEvents.lab(LabAnalyte.PLATELETS, 45, "10*9/L")), AmputationLevel.MAJOR));
		alerts.awaitRecord(record -> raisedFor(record, AlertKind.MAJOR_AMPUTATION), WAIT);
		SafetyAlertRaised lab = (SafetyAlertRaised) alerts
			.awaitRecord(record -> raisedFor(record, AlertKind.SUGGESTED_ADVERSE_EVENT), WAIT)
			.value();

		// When the next visit still records the amputation and platelets fall to grade 4
		produce(Topics.VISIT_RECORDED, subject, CaptureEvents.visit(subject,
				List.of(CaptureEvents.lab(LabAnalyte.PLATELETS, 20, "10*9/L")), AmputationLevel.MAJOR));

		// Then the lab alert is updated to grade 4 and no second amputation alert appears
		SafetyAlertUpdated updated = (SafetyAlertUpdated) alerts
			.awaitRecord(record -> record.value() instanceof SafetyAlertUpdated u && u.getAlertId().equals(lab.getAlertId()),
					WAIT)
			.value();
		assertThat(updated.getCtcaeGrade()).isEqualTo(4);
		assertThat(updated.getChangeSummary()).contains("CTCAE grade 3 -> 4");
		assertThat(alerts.matching(record -> raisedFor(record, AlertKind.MAJOR_AMPUTATION))).hasSize(1);
	}

	@Test
	void readsACorrectedVisitAsTheVisitItNowIs() {
		// Given a visit whose creatinine was transcribed within the normal range
		VisitRecorded visit = CaptureEvents.visit(subject,
				List.of(CaptureEvents.lab(LabAnalyte.CREATININE, 100, "umol/L")), AmputationLevel.NONE);
		produce(Topics.VISIT_RECORDED, subject, visit);

		// When the site corrects it to 400 umol/L (3.6 x the ULN of 110)
		produce(Topics.VISIT_CORRECTED, subject, CaptureEvents.corrected(visit, "transcription error",
				List.of(CaptureEvents.lab(LabAnalyte.CREATININE, 400, "umol/L"))));

		// Then the corrected value raises a grade 3 suggested adverse event
		SafetyAlertRaised raised = (SafetyAlertRaised) alerts
			.awaitRecord(record -> raisedFor(record, AlertKind.SUGGESTED_ADVERSE_EVENT), WAIT)
			.value();
		assertThat(raised.getCtcaeGrade()).isEqualTo(3);
		assertThat(raised.getReason()).contains("creatinine increased");
	}

}
