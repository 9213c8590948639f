package org.trialstream.adverseevent.alerting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.trialstream.adverseevent.assessment.AlertKind;
import org.trialstream.adverseevent.assessment.AlertSeverity;
import org.trialstream.adverseevent.assessment.ClockKind;
import org.trialstream.adverseevent.assessment.ClockStatus;
import org.trialstream.adverseevent.assessment.RegulatoryClock;

import static org.assertj.core.api.Assertions.assertThat;

class AlertBookTests {

	private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

	private final AlertLog log = new AlertLog();

	private final AlertBook book = new AlertBook(log);

	private static Alert alert(String id, AlertSeverity severity, Instant due) {
		List<RegulatoryClock> clocks = due == null ? List.of()
				: List.of(new RegulatoryClock(ClockKind.SUSAR_OTHER_15D, T0, due, ClockStatus.RUNNING));
		return new Alert(id, "LEGEND-1", "US-07", "US-07-0012", null, AlertKind.SUSAR, severity, "r", 3, T0, clocks,
				List.of("e-" + id), 1, null, T0, T0, null, 0);
	}

	private static AlertChange.Raised raised(Alert alert) {
		return new AlertChange.Raised(UUID.randomUUID(), T0, null, alert);
	}

	@Test
	void appliesEachSafetyEventOnce() {
		AlertChange.Raised raised = raised(alert("a", AlertSeverity.URGENT, null));

		assertThat(book.apply(raised)).isPresent();
		assertThat(book.apply(raised)).isEmpty();
		assertThat(log.lastSequence()).isEqualTo(1);
	}

	@Test
	void sortsTheNearestRunningClockFirst() {
		book.apply(raised(alert("none", AlertSeverity.CRITICAL, null)));
		book.apply(raised(alert("late", AlertSeverity.URGENT, T0.plusSeconds(900))));
		book.apply(raised(alert("soon", AlertSeverity.URGENT, T0.plusSeconds(60))));

		assertThat(book.current()).extracting(Alert::alertId).containsExactly("soon", "late", "none");
	}

	@Test
	void clearsTheAcknowledgementWhenAnUpdateRaisesTheSeverity() {
		Alert alert = alert("a", AlertSeverity.URGENT, null);
		book.apply(raised(alert));
		book.apply(new AlertChange.Acknowledged(UUID.randomUUID(), T0.plusSeconds(5), "a", "MONITOR",
				new Acknowledgement("monitor", T0.plusSeconds(5), null)));

		book.apply(new AlertChange.Updated(UUID.randomUUID(), T0.plusSeconds(60), null,
				alert("a", AlertSeverity.CRITICAL, null)));

		assertThat(book.find("a")).get().satisfies(updated -> {
			assertThat(updated.acknowledged()).isFalse();
			assertThat(updated.attentionSince()).isEqualTo(T0.plusSeconds(60));
		});
	}

	@Test
	void replaysWhatASubscriberMissedThenFollowsLive() {
		book.apply(raised(alert("a", AlertSeverity.URGENT, null)));
		book.apply(raised(alert("b", AlertSeverity.URGENT, null)));
		List<Long> received = new ArrayList<>();

		log.subscribe(1, entry -> received.add(entry.sequence()));
		book.apply(raised(alert("c", AlertSeverity.URGENT, null)));

		assertThat(received).containsExactly(2L, 3L);
	}

}
