package org.trialstream.sitecapture.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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

	private static final String VISITS = Trials.visitsPath(Trials.LEGEND, "US-01-0001");

	@LocalServerPort
	int port;

	@Test
	void aWriteRefusedAtCapacityGets429WithRetryAfterAndKeepsItsConnection() throws IOException {
		ApiClient api = new ApiClient(port);
		// Given the only place taken by a write admitted before its body was read
		try (Socket held = holdAPlace()) {
			// When another write arrives (a visit that fails its checks, so nothing is written if it is admitted)
			AtomicReference<ApiClient.Reply> refused = new AtomicReference<>();
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				refused.set(api.post(Trials.US01, VISITS, "{}", "overload-probe"));
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
		try (Socket held = holdAPlace()) {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> api.post(Trials.US01, VISITS, "{}", "overload-probe").status() == 429);

			ApiClient.Reply read = api.get(Trials.US01, "/api/v1/trials/" + Trials.LEGEND + "/subjects/US-01-9999");

			assertThat(read.status()).isEqualTo(404);
		}
	}

	/** A visit POST whose headers and first byte are sent; the rest never comes, so it keeps its place. */
	private Socket holdAPlace() throws IOException {
		Socket socket = new Socket("127.0.0.1", port);
		String credentials = Base64.getEncoder()
			.encodeToString((Trials.US01 + ":" + Trials.US01).getBytes(StandardCharsets.UTF_8));
		OutputStream out = socket.getOutputStream();
		out.write(("POST " + VISITS + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic "
				+ credentials + "\r\nContent-Type: application/json\r\nIdempotency-Key: overload-held\r\n"
				+ "Transfer-Encoding: chunked\r\n\r\n1\r\n{\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return socket;
	}

}
