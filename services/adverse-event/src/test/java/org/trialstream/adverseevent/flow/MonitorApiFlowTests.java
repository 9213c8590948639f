package org.trialstream.adverseevent.flow;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.Causality;
import org.trialstream.avro.capture.SeriousnessCriterion;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.safety.SafetyAlertAcknowledged;
import org.trialstream.avro.safety.SafetyAlertEscalated;
import org.trialstream.avro.safety.SafetyAlertRaised;
import org.trialstream.testkit.SharedPlatform;
import org.trialstream.testkit.SseClient;
import org.trialstream.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class MonitorApiFlowTests extends PlatformFlowTest {

	@Autowired
	private SecurityFilterChain securityFilterChain;

	private TopicProbe<SpecificRecord> safety;

	private final String subject = CaptureEvents.newSubject();

	@BeforeEach
	void openProbe() {
		safety = TopicProbe.avro(SharedPlatform.get(), Topics.SAFETY_ALERT_RAISED, Topics.SAFETY_ALERT_ACKNOWLEDGED,
				Topics.SAFETY_ALERT_ESCALATED);
	}

	@AfterEach
	void closeProbe() {
		safety.close();
	}

	private SafetyAlertRaised raiseSeriousAlert(String trialId, String siteId) {
		return raiseSeriousAlert(trialId, siteId, subject);
	}

	private SafetyAlertRaised raiseSeriousAlert(String trialId, String siteId, String subject) {
		AdverseEventReported reported = CaptureEvents.reported(subject, "AE-" + UUID.randomUUID(),
				CaptureEvents.seriousCase("sepsis", Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION));
		reported.getMetadata().setTrialId(trialId);
		reported.getMetadata().setSiteId(siteId);
		produce(Topics.ADVERSE_EVENT_REPORTED, subject, reported);
		return (SafetyAlertRaised) safety.awaitRecord(record -> record.value() instanceof SafetyAlertRaised raised
				&& raised.getSubjectId().equals(subject), WAIT).value();
	}

	@Test
	void acknowledgingWritesTheEventWithTheMonitorAsActor() {
		// Given a serious alert
		SafetyAlertRaised raised = raiseSeriousAlert(CaptureEvents.TRIAL, CaptureEvents.SITE);

		// When the monitor acknowledges it
		HttpResponse<String> response = post("/api/v1/alerts/" + raised.getAlertId() + "/acknowledgements", "monitor",
				"{\"note\":\"called the site\"}");

		// Then 201 with the acknowledged alert, and SafetyAlertAcknowledged on the topic
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(json(response.body()).at("/acknowledgement/by").asString()).isEqualTo("monitor");
		SafetyAlertAcknowledged ack = (SafetyAlertAcknowledged) safety
			.awaitRecord(record -> record.value() instanceof SafetyAlertAcknowledged a
					&& a.getAlertId().equals(raised.getAlertId()), WAIT)
			.value();
		assertThat(ack.getMetadata().getActor().getId()).isEqualTo("monitor");
		assertThat(ack.getMetadata().getActor().getRole()).isEqualTo(ActorRole.MONITOR);
		assertThat(ack.getNote()).isEqualTo("called the site");
		// And a second acknowledgement is a conflict, as problem details
		HttpResponse<String> again = post("/api/v1/alerts/" + raised.getAlertId() + "/acknowledgements",
				"sponsor-safety", "{}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void escalatesAnUnacknowledgedSeriousAlertAfterTheConfiguredTime() {
		SafetyAlertRaised raised = raiseSeriousAlert(CaptureEvents.TRIAL, CaptureEvents.SITE);

		SafetyAlertEscalated escalated = (SafetyAlertEscalated) safety
			.awaitRecord(record -> record.value() instanceof SafetyAlertEscalated e
					&& e.getAlertId().equals(raised.getAlertId()), Duration.ofSeconds(10))
			.value();

		assertThat(escalated.getLevel()).isEqualTo(1);
		assertThat(escalated.getReason()).isEqualTo("unacknowledged for 2 s (escalation level 1)");
		assertThat(Duration.between(raised.getMetadata().getOccurredAt(), escalated.getMetadata().getOccurredAt()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		assertThat(json(get("/api/v1/alerts/" + raised.getAlertId(), "monitor").body()).get("escalationLevel").asInt())
			.isPositive();
	}

	@Test
	void listsAlertsOnlyOfTheTrialsTheMonitorMonitors() {
		// Given an alert in HUCMSC-DF, a trial monitor-legend does not monitor
		SafetyAlertRaised raised = raiseSeriousAlert("HUCMSC-DF", "CN-01");

		// Then the monitor of all trials sees it and the LEGEND-1 monitor neither lists nor reads it
		assertThat(get("/api/v1/alerts", "monitor").body()).contains(raised.getAlertId());
		assertThat(get("/api/v1/alerts", "monitor-legend").body()).doesNotContain(raised.getAlertId());
		assertThat(get("/api/v1/alerts/" + raised.getAlertId(), "monitor-legend").statusCode()).isEqualTo(404);
		assertThat(post("/api/v1/alerts/" + raised.getAlertId() + "/acknowledgements", "monitor-legend", "{}")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void refusesUsersWhoAreNotMonitorsAndAnonymousCallers() {
		HttpResponse<String> site = get("/api/v1/alerts", "site-us07");
		assertThat(site.statusCode()).isEqualTo(403);
		assertThat(json(site.body()).get("status").asInt()).isEqualTo(403);
		HttpResponse<String> anonymous = send(java.net.http.HttpRequest.newBuilder(uri("/api/v1/alerts")).build());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"trialstream safety\"");
		assertThat(json(anonymous.body()).get("status").asInt()).isEqualTo(401);
		assertThat(get("/console/index.html", "site-us07").statusCode()).isEqualTo(403);
	}

	@Test
	void sortsAlertsByTheNearestClockDueTime() {
		raiseSeriousAlert(CaptureEvents.TRIAL, CaptureEvents.SITE);

		JsonNode alerts = json(get("/api/v1/alerts", "monitor").body()).get("alerts");

		String previous = "";
		for (JsonNode alert : alerts) {
			if (alert.get("nextDueAt").isNull()) {
				previous = "~";
				continue;
			}
			String due = alert.get("nextDueAt").asString();
			assertThat(previous).as("a running clock after an alert without one").isNotEqualTo("~");
			assertThat(due).isGreaterThanOrEqualTo(previous);
			previous = due;
		}
	}

	@Test
	void replaysWhatAReconnectingMonitorMissed() {
		// Given a monitor that saw everything up to now
		long seen = json(get("/api/v1/alerts", "monitor").body()).get("lastEventId").asLong();
		// When an alert is raised while they are away
		SafetyAlertRaised raised = raiseSeriousAlert(CaptureEvents.TRIAL, CaptureEvents.SITE);

		// Then reconnecting with Last-Event-ID delivers it, with ids after the one they sent
		try (SseClient monitor = MonitorStreams.connect(port, "monitor", Long.toString(seen))) {
			SseClient.Event event = monitor.awaitEvent(e -> e.data().contains(raised.getAlertId()), WAIT);
			assertThat(event.name()).isEqualTo("alert-raised");
			assertThat(Long.parseLong(event.id())).isGreaterThan(seen);
			assertThat(monitor.events()).allSatisfy(e -> assertThat(Long.parseLong(e.id())).isGreaterThan(seen));
		}
	}

	@Test
	void writesTheSecurityHeadersBeforeAStreamCanCommitItsResponse() {
		// Given the filter that writes the security headers of every response, the monitors' streams among them
		HeaderWriterFilter headers = securityFilterChain.getFilters()
			.stream()
			.filter(HeaderWriterFilter.class::isInstance)
			.map(HeaderWriterFilter.class::cast)
			.findFirst()
			.orElseThrow();

		// Then it writes them before the request goes on, not while the chain unwinds and a stream's own thread
		// commits the response: a monitor of twenty here lost its stream to that race (spring-security#15510)
		assertThat(ReflectionTestUtils.getField(headers, "shouldWriteHeadersEagerly")).isEqualTo(true);
	}

	@Test
	void deliversEachAlertOnceToEveryConnectedMonitorWithTheSameIdAndData() {
		// Given twenty monitors connected at once
		List<SseClient> monitors = new ArrayList<>();
		try {
			for (int i = 0; i < 20; i++) {
				monitors.add(MonitorStreams.connect(port, i % 2 == 0 ? "monitor" : "monitor-legend", null));
			}
			// When an alert is raised
			SafetyAlertRaised raised = raiseSeriousAlert(CaptureEvents.TRIAL, CaptureEvents.SITE);

			// Then every one of them gets it once, as the same event
			List<SseClient.Event> received = monitors.stream()
				.map(monitor -> monitor.awaitEvent(e -> e.data().contains(raised.getAlertId()), WAIT))
				.toList();
			assertThat(received).extracting(SseClient.Event::id).containsOnly(received.get(0).id());
			assertThat(received).extracting(SseClient.Event::data).containsOnly(received.get(0).data());
			assertThat(json(received.get(0).data()).at("/alert/subjectId").asString()).isEqualTo(subject);
			assertThat(monitors).allSatisfy(monitor -> assertThat(monitor.events())
				.filteredOn(e -> e.data().contains(raised.getAlertId()))
				.hasSize(1));
		}
		finally {
			monitors.forEach(SseClient::close);
		}
	}

	@Test
	void streamsOnlyTheMonitorsTrials() {
		try (SseClient legend = MonitorStreams.connect(port, "monitor-legend", null)) {
			// Given an alert in another trial, then one in LEGEND-1
			SafetyAlertRaised other = raiseSeriousAlert("HUCMSC-DF", "CN-01", CaptureEvents.newSubject());
			SafetyAlertRaised own = raiseSeriousAlert(CaptureEvents.TRIAL, CaptureEvents.SITE, CaptureEvents.newSubject());

			// Then the LEGEND-1 monitor's stream carries its own trial's alert and nothing of the other trial
			legend.awaitEvent(e -> e.data().contains(own.getAlertId()), WAIT);
			assertThat(legend.events()).noneSatisfy(e -> assertThat(e.data()).contains(other.getAlertId()))
				.allSatisfy(e -> assertThat(json(e.data()).at("/alert/trialId").asString()).isEqualTo("LEGEND-1"));
		}
	}

	@Test
	void answersBadInputWithProblemDetails() {
		SafetyAlertRaised raised = raiseSeriousAlert(CaptureEvents.TRIAL, CaptureEvents.SITE);

		HttpResponse<String> malformed = post("/api/v1/alerts/" + raised.getAlertId() + "/acknowledgements", "monitor",
				"{\"note\":");
		HttpResponse<String> badPosition = get("/api/v1/alerts/stream?lastEventId=yesterday", "monitor");
		HttpResponse<String> unknown = post("/api/v1/alerts/" + UUID.randomUUID() + "/acknowledgements", "monitor", "{}");

		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(json(malformed.body()).get("status").asInt()).isEqualTo(400);
		assertThat(badPosition.statusCode()).isEqualTo(400);
		assertThat(json(badPosition.body()).get("title").asString()).isEqualTo("Bad Last-Event-ID");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(json(unknown.body()).get("title").asString()).isEqualTo("Alert not found");
		assertThat(json(get("/api/v1/alerts/" + raised.getAlertId(), "monitor").body()).get("acknowledgement").isNull())
			.isTrue();
	}

}
