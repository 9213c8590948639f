package org.trialstream.adverseevent.delivery;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trialstream.adverseevent.alerting.Alert;
import org.trialstream.adverseevent.alerting.AlertLogEntry;
import org.trialstream.adverseevent.assessment.AlertKind;
import org.trialstream.adverseevent.assessment.AlertSeverity;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a real local HTTP server standing in for the sponsor's safety system. */
class WebhookDeliveryTests {

	private HttpServer sponsor;

	private final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private int rejectWith = 503;

	@BeforeEach
	void startSponsor() throws IOException {
		sponsor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		sponsor.createContext("/safety", exchange -> {
			idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
			exchange.getRequestBody().readAllBytes();
			int status = failuresLeft.getAndDecrement() > 0 ? rejectWith : 202;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		sponsor.start();
	}

	@AfterEach
	void stopSponsor() {
		sponsor.stop(0);
	}

	private WebhookDelivery delivery(int maxAttempts) {
		return new WebhookDelivery(URI.create("http://127.0.0.1:" + sponsor.getAddress().getPort() + "/safety"),
				maxAttempts, Duration.ofMillis(10), entry -> "{\"alertId\":\"" + entry.alert().alertId() + "\"}");
	}

	private static AlertLogEntry entry(String eventId) {
		Instant now = Instant.now();
		Alert alert = new Alert("a-1", "LEGEND-1", "US-07", "US-07-0012", null, AlertKind.SUSAR, AlertSeverity.URGENT,
				"r", 3, now, List.of(), List.of("e"), 1, null, now, now, null, 0);
		return new AlertLogEntry(1, AlertLogEntry.Type.RAISED, eventId, alert);
	}

	@Test
	void retriesAnUnavailableSponsorWithTheSameIdempotencyKey() throws Exception {
		failuresLeft.set(2);
		try (WebhookDelivery delivery = delivery(5)) {
			assertThat(delivery.deliver(entry("event-1"))).isTrue();
		}
		assertThat(idempotencyKeys).containsExactly("event-1", "event-1", "event-1");
	}

	@Test
	void givesUpAfterTheConfiguredAttempts() throws Exception {
		failuresLeft.set(10);
		try (WebhookDelivery delivery = delivery(3)) {
			assertThat(delivery.deliver(entry("event-2"))).isFalse();
		}
		assertThat(idempotencyKeys).hasSize(3);
	}

	@Test
	void doesNotRetryARequestTheSponsorRejects() throws Exception {
		failuresLeft.set(10);
		rejectWith = 400;
		try (WebhookDelivery delivery = delivery(5)) {
			assertThat(delivery.deliver(entry("event-3"))).isFalse();
		}
		assertThat(idempotencyKeys).containsExactly("event-3");
	}

}
