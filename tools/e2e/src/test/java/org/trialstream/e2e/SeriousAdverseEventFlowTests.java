package org.trialstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.trialstream.testkit.SseClient;

/**
 * The platform's main safety promise, across processes: a site posts a serious adverse event to site-capture and the
 * alert reaches a monitor's stream on adverse-event; the same post replayed neither writes nor alerts again.
 */
class SeriousAdverseEventFlowTests {

	private final RunningServices services = RunningServices.get();

	private final ApiClient site = new ApiClient(services.siteCapture.baseUrl(), "site-us01");

	@Test
	void seriousAdverseEventPostedBySiteReachesTheMonitorOnceEvenWhenReplayed() {
		// Given a subject enrolled at LEGEND-1 site US-01 and a monitor watching the alert stream
		String subjectId = enrolSubject();
		try (SseClient monitor = SseClient.connect(URI.create(services.adverseEvent.baseUrl() + "/api/v1/alerts/stream"),
				SseClient.basic("monitor"), null)) {
			Map<String, Object> seriousEvent = Map.of("verbatimTerm", "Cellulitis of the foot", "onsetDate",
					LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "ctcaeGrade", 3, "ctcaeVersion", "V5_0",
					"serious", true, "seriousnessCriteria", List.of("HOSPITALISATION"), "causalityInvestigator",
					"NOT_RELATED", "outcome", "NOT_RECOVERED", "siteAwareAt", Instant.now().toString());
			String idempotencyKey = UUID.randomUUID().toString();

			// When the site reports it
			ApiClient.Answer first = site.post(subjectPath(subjectId) + "/adverse-events", idempotencyKey, seriousEvent);

			// Then it is acknowledged and the alert arrives on the monitor's stream
			assertThat(first.status()).as(first.body()).isEqualTo(201);
			SseClient.Event alert = monitor.awaitEvent(event -> event.data().contains(subjectId), Duration.ofSeconds(20));
			assertThat(alert.data()).contains("SERIOUS_ADVERSE_EVENT").contains("Cellulitis of the foot");

			// When the site's client replays the same request
			ApiClient.Answer replay = site.post(subjectPath(subjectId) + "/adverse-events", idempotencyKey, seriousEvent);

			// Then it gets the first answer back, and no second alert is raised
			assertThat(replay.status()).isEqualTo(first.status());
			assertThat(replay.body()).isEqualTo(first.body());
			Awaitility.await("no second alert")
				.during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(6))
				.until(() -> monitor.matching(event -> event.data().contains(subjectId)
						&& event.data().contains("SERIOUS_ADVERSE_EVENT")).size() == 1);
		}
	}

	private String enrolSubject() {
		Map<String, Object> enrolment = Map.of("enrolmentDate", LocalDate.now(ZoneOffset.UTC).minusDays(30).toString(),
				"ageYears", 64, "indexUlcerAreaCm2", 3.2, "limbs", List.of(Map.of("laterality", "LEFT", "studyLimb", true)),
				"screeningLabs", List.of(Map.of("analyte", "HBA1C", "value", 8.1, "unit", "%"),
						Map.of("analyte", "HEMOGLOBIN", "value", 128, "unit", "g/L")));
		ApiClient.Answer enrolled = site.post("/api/v1/trials/LEGEND-1/subjects", UUID.randomUUID().toString(), enrolment);
		assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
		return enrolled.json().path("subjectId").asString();
	}

	private static String subjectPath(String subjectId) {
		return "/api/v1/trials/LEGEND-1/subjects/" + subjectId;
	}

}
