package org.trialstream.adverseevent.alerting;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.trialstream.adverseevent.flow.CaptureEvents;
import org.trialstream.adverseevent.flow.PlatformFlowTest;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.Causality;
import org.trialstream.avro.capture.SeriousnessCriterion;

import static org.assertj.core.api.Assertions.assertThat;

/** What a restarted instance knows: everything the safety topics say, and so every source event it handled. */
class AlertBookRebuildTests extends PlatformFlowTest {

	@Autowired
	private KafkaProperties kafkaProperties;

	@Autowired
	private AlertBook runningBook;

	@Test
	void rebuildsAlertsTheirSourceEventsAndAcknowledgementsFromTheSafetyTopics() {
		// Given an alert the running service raised and a monitor acknowledged
		String subject = CaptureEvents.newSubject();
		AdverseEventReported reported = CaptureEvents.reported(subject, "AE-" + UUID.randomUUID(),
				CaptureEvents.seriousCase("sepsis", Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION));
		String alertId = AlertDecisions.adverseEventAlertId(CaptureEvents.TRIAL, reported.getAdverseEventId());
		report(reported);
		Awaitility.await().atMost(WAIT).until(() -> runningBook.find(alertId).isPresent());
		assertThat(post("/api/v1/alerts/" + alertId + "/acknowledgements", "monitor", "{}").statusCode()).isEqualTo(201);

		// When a new instance starts from an empty book and reads the safety topics
		AlertLog log = new AlertLog();
		AlertBook rebuilt = new AlertBook(log);
		SafetyTopicFollower follower = new SafetyTopicFollower(kafkaProperties, rebuilt);
		follower.start();
		try {
			// Then it knows the alert, the event that raised it (so a redelivery is a duplicate) and who acknowledged
			Alert alert = rebuilt.find(alertId).orElseThrow();
			assertThat(alert.hasSource(reported.getMetadata().getEventId().toString())).isTrue();
			assertThat(alert.acknowledgement().by()).isEqualTo("monitor");
			assertThat(alert.sponsorAwareAt()).isEqualTo(runningBook.find(alertId).orElseThrow().sponsorAwareAt());
			// And its replay log holds the raise before the acknowledgement
			assertThat(log.since(0)
				.stream()
				.filter(entry -> entry.alert().alertId().equals(alertId))
				.map(AlertLogEntry::type)
				// escalation may or may not have come first under load: 2 s in these tests
				.filter(type -> type != AlertLogEntry.Type.ESCALATED)).containsExactly(AlertLogEntry.Type.RAISED, AlertLogEntry.Type.ACKNOWLEDGED);
		}
		finally {
			follower.stop();
		}
	}

}
