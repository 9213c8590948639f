package org.trialstream.adverseevent.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.Causality;
import org.trialstream.avro.capture.SeriousnessCriterion;
import org.trialstream.avro.safety.AlertKind;
import org.trialstream.avro.safety.ClockKind;
import org.trialstream.avro.safety.ClockStatus;
import org.trialstream.avro.safety.RegulatoryClock;
import org.trialstream.avro.safety.SafetyAlertRaised;
import org.trialstream.avro.safety.SafetyAlertUpdated;
import org.trialstream.testkit.SseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AdverseEventToAlertFlowTests extends AlertFlowTest {

	private boolean raisedFor(ConsumerRecord<String, SpecificRecord> record) {
		return record.value() instanceof SafetyAlertRaised raised && raised.getSubjectId().equals(subject);
	}

	private boolean updatedFor(ConsumerRecord<String, SpecificRecord> record) {
		return record.value() instanceof SafetyAlertUpdated updated && updated.getSubjectId().equals(subject);
	}

	@Test
	void raisesOneAlertWithClocksForASeriousAdverseEventAndPushesItToTheMonitor() throws Exception {
		// Given a monitor connected to the alert stream
		try (SseClient monitor = MonitorStreams.connect(port, "monitor", null)) {
			// When a site reports a serious, related, unexpected adverse event
			AdverseEventReported reported = CaptureEvents.reported(subject, "AE-" + UUID.randomUUID(), CaptureEvents
				.seriousCase("acute kidney injury", Causality.RELATED, SeriousnessCriterion.HOSPITALISATION));
			report(reported);

			// Then one SafetyAlertRaised, keyed trialId:subjectId, names the source event and carries the clocks
			ConsumerRecord<String, SpecificRecord> record = alerts.awaitRecord(this::raisedFor, WAIT);
			SafetyAlertRaised raised = (SafetyAlertRaised) record.value();
			assertThat(record.key()).isEqualTo(Topics.subjectKey(CaptureEvents.TRIAL, subject));
			assertThat(raised.getKind()).isEqualTo(AlertKind.SUSAR);
			assertThat(raised.getSourceEventIds()).containsExactly(reported.getMetadata().getEventId().toString());
			assertThat(raised.getClocks()).extracting(RegulatoryClock::getKind)
				.containsExactly(ClockKind.SITE_TO_SPONSOR_24H, ClockKind.SUSAR_OTHER_15D);
			RegulatoryClock susar = raised.getClocks().get(1);
			assertThat(susar.getStartedAt()).isEqualTo(raised.getSponsorAwareAt());
			assertThat(susar.getDueAt()).isEqualTo(raised.getSponsorAwareAt().plus(Duration.ofDays(15)));
			// And the monitor's stream shows it
			SseClient.Event event = monitor.awaitEvent(e -> e.data().contains(subject), WAIT);
			JsonNode alert = json(event.data()).get("alert");
			assertThat(event.name()).isEqualTo("alert-raised");
			assertThat(alert.get("alertId").asString()).isEqualTo(raised.getAlertId());
			assertThat(alert.get("severity").asString()).isEqualTo("URGENT");
			assertThat(alert.get("nextDueAt").asString()).isEqualTo(susar.getDueAt().toString());
		}
	}

	@Test
	void raisesNoSecondAlertWhenTheSameEventIsDeliveredAgain() {
		// Given an adverse event that raised an alert
		AdverseEventReported reported = CaptureEvents.reported(subject, "AE-" + UUID.randomUUID(),
				CaptureEvents.seriousCase("cellulitis", Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION));
		report(reported);
		ConsumerRecord<String, SpecificRecord> first = alerts.awaitRecord(this::raisedFor, WAIT);

		// When the very same event (same eventId) arrives again
		report(reported);

		// Then there is no second alert and no update
		alerts.awaitNoRecord(record -> updatedFor(record) || raisedFor(record) && record.offset() != first.offset(),
				Duration.ofSeconds(3));
	}

	@Test
	void nullifiesTheClocksWhenAFollowUpDowngradesToNonSerious() {
		// Given a SUSAR alert with running clocks
		AdverseEventReported reported = CaptureEvents.reported(subject, "AE-" + UUID.randomUUID(), CaptureEvents
			.seriousCase("acute kidney injury", Causality.RELATED, SeriousnessCriterion.HOSPITALISATION));
		report(reported);
		SafetyAlertRaised raised = (SafetyAlertRaised) alerts.awaitRecord(this::raisedFor, WAIT).value();

		// When the site's follow-up says the case is not serious after all
		produce(Topics.ADVERSE_EVENT_UPDATED, subject, CaptureEvents.followUp(reported, 1, "hospitalisation was elective",
				CaptureEvents.aCase("acute kidney injury", false, Causality.RELATED, List.of())));

		// Then the same alert is updated (revision 2) and every clock is NULLIFIED
		SafetyAlertUpdated updated = (SafetyAlertUpdated) alerts.awaitRecord(this::updatedFor, WAIT).value();
		assertThat(updated.getAlertId()).isEqualTo(raised.getAlertId());
		assertThat(updated.getRevision()).isEqualTo(2);
		assertThat(updated.getClocks()).isNotEmpty()
			.allSatisfy(clock -> assertThat(clock.getStatus()).isEqualTo(ClockStatus.NULLIFIED));
		assertThat(updated.getChangeSummary()).startsWith("downgraded to non-serious: expedited report nullified");
		assertThat(alerts.matching(this::raisedFor)).hasSize(1);
	}

	@Test
	void updatesTheAlertWhenAFollowUpUpgradesItToLifeThreatening() {
		AdverseEventReported reported = CaptureEvents.reported(subject, "AE-" + UUID.randomUUID(), CaptureEvents
			.seriousCase("acute kidney injury", Causality.RELATED, SeriousnessCriterion.HOSPITALISATION));
		report(reported);
		alerts.awaitRecord(this::raisedFor, WAIT);

		produce(Topics.ADVERSE_EVENT_UPDATED, subject, CaptureEvents.followUp(reported, 1, "dialysis needed",
				CaptureEvents.seriousCase("acute kidney injury", Causality.RELATED, SeriousnessCriterion.HOSPITALISATION,
						SeriousnessCriterion.LIFE_THREATENING)));

		SafetyAlertUpdated updated = (SafetyAlertUpdated) alerts.awaitRecord(this::updatedFor, WAIT).value();
		assertThat(updated.getSeverity().name()).isEqualTo("CRITICAL");
		assertThat(updated.getClocks()).anySatisfy(clock -> {
			assertThat(clock.getKind()).isEqualTo(ClockKind.SUSAR_FATAL_OR_LIFE_THREATENING_7D);
			assertThat(clock.getStatus()).isEqualTo(ClockStatus.RUNNING);
		});
	}

	@Test
	void raisesNothingForANonSeriousEventOfNoSpecialInterest() {
		report(CaptureEvents.reported(subject, "AE-" + UUID.randomUUID(),
				CaptureEvents.aCase("nausea", false, Causality.RELATED, List.of())));

		alerts.awaitNoRecord(this::raisedFor, Duration.ofSeconds(2));
	}

	@Test
	void deliversTheAlertToTheMonitorWithinASecond() {
		try (SseClient monitor = MonitorStreams.connect(port, "monitor", null)) {
			// Given a warmed-up path (the first record of a type fetches its schema from the registry)
			String warmUp = CaptureEvents.newSubject();
			report(CaptureEvents.reported(warmUp, "AE-" + UUID.randomUUID(),
					CaptureEvents.seriousCase("sepsis", Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION)));
			monitor.awaitEvent(e -> e.data().contains(warmUp), WAIT);

			// When sites report serious adverse events, one after the other
			List<Long> micros = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String each = CaptureEvents.newSubject();
				long sent = System.nanoTime();
				report(CaptureEvents.reported(each, "AE-" + UUID.randomUUID(), CaptureEvents.seriousCase("sepsis",
						Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION)));
				SseClient.Event event = monitor.awaitEvent(e -> e.data().contains(each), WAIT);
				micros.add((event.receivedAtNanos() - sent) / 1000);
			}

			// Then the monitor has each within a second of the capture event's write
			List<Long> sorted = micros.stream().sorted().toList();
			LoggerFactory.getLogger(getClass())
				.info("capture event to SSE client: p50 {} us, max {} us (n={}; the benchmark measures properly)",
						sorted.get(sorted.size() / 2), sorted.getLast(), sorted.size());
			assertThat(micros).allSatisfy(us -> assertThat(us).isLessThan(1_000_000L));
		}
	}

}
