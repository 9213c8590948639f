package org.trialstream.sitecapture.subject;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.trialstream.protocol.TrialProtocols;
import org.trialstream.sitecapture.api.ApiClient;
import org.trialstream.sitecapture.api.SiteCaptureApiTest;
import org.trialstream.sitecapture.api.Trials;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.events.VisitTopicReader;
import org.trialstream.sitecapture.model.Visit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a restart sees: a fresh registry filled by the loader from the capture topics holds the subjects, their
 * corrected visits (their content read back from the topic at the held position) and adverse events, and continues
 * each site's subject numbering after the last one written.
 */
@SiteCaptureApiTest
class SubjectStateRebuildTests {

	@LocalServerPort
	int port;

	@Autowired
	ConsumerFactory<String, Object> consumers;

	@Autowired
	KafkaAdmin admin;

	@Autowired
	TrialProtocols protocols;

	@Autowired
	SiteCaptureProperties properties;

	@Test
	void restartRebuildsSubjectsVisitsCorrectionsAndSubjectNumbering() {
		// Given a subject with a corrected visit and an adverse event, written through the API
		ApiClient api = new ApiClient(port);
		String subjectId = Trials.enrolLegend(api, Trials.US01);
		String visits = Trials.visitsPath(Trials.LEGEND, subjectId);
		String visitId = api.post(Trials.US01, visits, Trials.legendVisit("D28", 28)).json().get("visitId").asString();
		String corrected = Trials.legendVisit("D28", 28).replace("\"areaCm2\": 2.4", "\"areaCm2\": 2.0");
		assertThat(api.post(Trials.US01, visits + "/" + visitId + "/corrections",
				"{\"reason\": \"Re-measured\", \"visit\": " + corrected + "}").status()).isEqualTo(201);
		String aeId = api.post(Trials.US01, "/api/v1/trials/LEGEND-1/subjects/" + subjectId + "/adverse-events", """
				{"verbatimTerm": "Peripheral oedema", "onsetDate": "%s", "ctcaeGrade": 1, "ctcaeVersion": "V5_0",
				 "serious": false, "causalityInvestigator": "RELATED", "outcome": "RECOVERING",
				 "siteAwareAt": "%sT09:00:00Z"}""".formatted(Trials.ENROLMENT_DATE.plusDays(3),
				Trials.ENROLMENT_DATE.plusDays(3)))
			.json()
			.get("adverseEventId")
			.asString();

		// When a new instance reads the topics back
		SubjectRegistry restarted = new SubjectRegistry(properties);
		new SubjectStateLoader(consumers, admin, restarted, protocols, properties).afterSingletonsInstantiated();

		// Then
		SubjectState state = restarted.find("LEGEND-1", subjectId).orElseThrow();
		assertThat(state.subject().siteId()).isEqualTo("US-01");
		assertThat(state.subject().kitNumber()).startsWith("KIT-");
		HeldVisit held = state.visit(visitId).orElseThrow();
		assertThat(held.corrections()).isEqualTo(1);
		VisitTopicReader reader = new VisitTopicReader(consumers, properties);
		RecordedVisit visit = new RecordedVisits(reader).complete(held);
		reader.destroy();
		assertThat(visit.visitId()).isEqualTo(visitId);
		Visit current = visit.visit();
		assertThat(current.limbs().get(0).wound().areaCm2()).isEqualTo(2.0);
		assertThat(state.adverseEvent(aeId)).isPresent();
		int lastNumber = SubjectNumbers.numberOf(subjectId);
		assertThat(restarted.takeNextSubjectNumber("LEGEND-1", "US-01")).isGreaterThan(lastNumber);
	}

}
