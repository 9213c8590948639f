package org.trialstream.benchmark.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AlertArrivalsTests {

	private static final String RAISED = """
			{"sequence":7,"type":"alert-raised","eventId":"e1","alert":{"alertId":"a1","trialId":"LEGEND-1",\
			"siteId":"US-01","subjectId":"US-01-0042","kind":"SERIOUS_ADVERSE_EVENT"}}""";

	@Test
	void timesARaisedAlertFromItsPostsIntendedSend() {
		// Given a POST for US-01-0042 intended at t = 1,000 ms
		AlertArrivals arrivals = new AlertArrivals();
		arrivals.expect("US-01-0042", 1_000_000_000L);

		// When its alert arrives at t = 1,012 ms
		arrivals.onEvent("alert-raised", RAISED, 1_012_000_000L);

		// Then 12 ms are recorded
		assertThat(arrivals.latencies().summary().p50Ms()).isCloseTo(12, within(0.05));
	}

	@Test
	void splitsAnArrivalAtTheAlertsRaisedAt() {
		// Given a monotonic clock whose zero is 20:00:00 UTC, and a POST for US-01-0042 intended at 20:00:01
		Instant zero = Instant.parse("2026-11-22T20:00:00Z");
		AlertArrivals arrivals = new AlertArrivals(zero.getEpochSecond() * 1_000_000_000L);
		arrivals.expect("US-01-0042", 1_000_000_000L);

		// When adverse-event raised its alert 4.5 ms later and it arrives 12 ms after the POST
		String raised = RAISED.replace("\"kind\"", "\"raisedAt\":\"2026-11-22T20:00:01.004500Z\",\"kind\"");
		arrivals.onEvent("alert-raised", raised, 1_012_000_000L);

		// Then the legs are 4.5 and 7.5 ms
		assertThat(arrivals.untilRaised().summary().p50Ms()).isCloseTo(4.5, within(0.05));
		assertThat(arrivals.afterRaised().summary().p50Ms()).isCloseTo(7.5, within(0.05));
		assertThat(arrivals.latencies().summary().p50Ms()).isCloseTo(12, within(0.05));
	}

	@Test
	void ignoresOtherEventsAndCountsAlertsOfUnknownSubjects() {
		// Given nothing expected for US-01-0042
		AlertArrivals arrivals = new AlertArrivals();

		// When an acknowledgement and a raise for it arrive
		arrivals.onEvent("alert-acknowledged", RAISED, 5L);
		arrivals.onEvent("alert-raised", RAISED, 5L);

		// Then nothing is timed and the raise is counted as unmatched
		assertThat(arrivals.latencies().count()).isZero();
		assertThat(arrivals.unmatched()).isEqualTo(1);
	}

	@Test
	void findsTheAlertsSubjectWithoutParsing() {
		assertThat(AlertArrivals.subjectOf(RAISED)).isEqualTo("US-01-0042");
		assertThat(AlertArrivals.subjectOf("{\"alert\":{}}")).isNull();
		assertThat(AlertArrivals.raisedAtOf(RAISED)).isNull();
		assertThat(AlertArrivals.raisedAtOf("{\"raisedAt\":\"yesterday\"}")).isNull();
	}

}
