package org.trialstream.adverseevent.alerting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.adverseevent.assessment.AlertKind;
import org.trialstream.adverseevent.assessment.AlertSeverity;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationPolicyTests {

	private static final Instant RAISED = Instant.parse("2026-11-20T10:00:00Z");

	private static final Duration THIRTY_MINUTES = Duration.ofMinutes(30);

	private static Alert alert(AlertSeverity severity, Acknowledgement ack, int level) {
		return new Alert("a-1", "LEGEND-1", "US-07", "US-07-0012", "AE-1", AlertKind.SERIOUS_ADVERSE_EVENT, severity,
				"r", 3, RAISED, List.of(), List.of("e-1"), 1, null, RAISED, RAISED, ack, level);
	}

	@Test
	void escalatesAnUnacknowledgedSeriousAlertAfterTheConfiguredTime() {
		assertThat(EscalationPolicy.due(alert(AlertSeverity.URGENT, null, 0), THIRTY_MINUTES,
				RAISED.plus(THIRTY_MINUTES))).hasValue(1);
	}

	@Test
	void waitsUntilTheConfiguredTimeHasPassed() {
		assertThat(EscalationPolicy.due(alert(AlertSeverity.CRITICAL, null, 0), THIRTY_MINUTES,
				RAISED.plus(Duration.ofMinutes(29)))).isEmpty();
	}

	@Test
	void neverEscalatesAnAcknowledgedAlert() {
		Acknowledgement ack = new Acknowledgement("monitor", RAISED.plusSeconds(60), null);

		assertThat(EscalationPolicy.due(alert(AlertSeverity.URGENT, ack, 0), THIRTY_MINUTES,
				RAISED.plus(Duration.ofHours(5)))).isEmpty();
	}

	@Test
	void neverEscalatesAWarning() {
		assertThat(EscalationPolicy.due(alert(AlertSeverity.WARNING, null, 0), THIRTY_MINUTES,
				RAISED.plus(Duration.ofHours(5)))).isEmpty();
	}

	@Test
	void escalatesOneLevelPerPeriodUpToTheMaximum() {
		assertThat(EscalationPolicy.due(alert(AlertSeverity.URGENT, null, 1), THIRTY_MINUTES,
				RAISED.plus(Duration.ofMinutes(61)))).hasValue(2);
		assertThat(EscalationPolicy.due(alert(AlertSeverity.URGENT, null, 1), THIRTY_MINUTES,
				RAISED.plus(Duration.ofMinutes(45)))).isEmpty();
		assertThat(EscalationPolicy.due(alert(AlertSeverity.URGENT, null, EscalationPolicy.MAX_LEVEL), THIRTY_MINUTES,
				RAISED.plus(Duration.ofDays(2)))).isEmpty();
	}

	@Test
	void saysHowLongTheAlertWaited() {
		assertThat(EscalationPolicy.reason(THIRTY_MINUTES, 2)).isEqualTo("unacknowledged for 60 min (escalation level 2)");
	}

}
