package org.trialstream.sitecapture.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trialstream.testkit.RealPlatformTest;

/**
 * A site-capture with one place for a write, held by a write whose body has not arrived yet: the next write is
 * refused in a way a site's client can act on, without losing its connection (Tomcat closes the connection after a
 * 503, which under overload made every refused client reconnect). Its own context: the admission is set at start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site-capture.admission.max-writes=1", "site-capture.admission.write-wait=0ms",
				"site-capture.retry-after=2s" })
@RealPlatformTest
class OverloadTests {

	@LocalServerPort
	int port;

	@Test
	void aWriteRefusedAtCapacityGets429WithRetryAfterAndKeepsItsConnection() throws IOException {
		ApiClient api = new ApiClient(port);
		// Given the only place taken by a write admitted before its body was read
		try (Socket held = HeldWrite.open(port)) {
			// When another write arrives (a visit that fails its checks, so nothing is written if it is admitted)
			AtomicReference<ApiClient.Reply> refused = new AtomicReference<>();
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				refused.set(api.post(Trials.US01, HeldWrite.VISITS, "{}", "overload-probe"));
				return refused.get().status() == 429;
			});

			// Then it is refused with what the client needs to retry, and its connection stays open
			ApiClient.Reply reply = refused.get();
			assertThat(reply.header("Retry-After")).isEqualTo("2");
			assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
			assertThat(reply.json().get("status").asInt()).isEqualTo(429);
			assertThat(reply.json().get("type").asString()).isEqualTo("urn:trialstream:problem:overloaded");
			assertThat(reply.json().get("detail").asString()).contains("nothing was written");
			assertThat(reply.header("Connection")).isNull();
		}
	}

	@Test
	void readsAreNotLimited() throws IOException {
		ApiClient api = new ApiClient(port);
		try (Socket held = HeldWrite.open(port)) {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> api.post(Trials.US01, HeldWrite.VISITS, "{}", "overload-probe").status() == 429);

			ApiClient.Reply read = api.get(Trials.US01, "/api/v1/trials/" + Trials.LEGEND + "/subjects/US-01-9999");

			assertThat(read.status()).isEqualTo(404);
		}
	}

}
