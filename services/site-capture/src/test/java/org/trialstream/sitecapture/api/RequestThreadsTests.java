package org.trialstream.sitecapture.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadPoolExecutor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.trialstream.testkit.RealPlatformTest;

/**
 * Tomcat serves at most {@code site-capture.admission.max-requests} requests at once; one beyond them waits for a
 * thread (holding no request buffers meanwhile) instead of starting, and is served as soon as one is free. Its own
 * context, with a single request thread.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "site-capture.admission.max-requests=1", "site-capture.admission.max-writes=2" })
@RealPlatformTest
class RequestThreadsTests {

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void aRequestBeyondTheThreadsWaitsForOneAndIsThenServed() throws IOException {
		ApiClient api = new ApiClient(port);
		ThreadPoolExecutor requestThreads = (ThreadPoolExecutor) ((TomcatWebServer) context.getWebServer()).getTomcat()
			.getConnector()
			.getProtocolHandler()
			.getExecutor();
		assertThat(requestThreads.getMaximumPoolSize()).isEqualTo(1);
		CompletableFuture<ApiClient.Reply> read;
		// Given the only request thread taken by a write whose body has not arrived
		try (Socket held = HeldWrite.open(port)) {
			await().atMost(Duration.ofSeconds(10)).until(() -> requestThreads.getActiveCount() == 1);

			// When a read arrives, it waits for the thread instead of starting
			read = CompletableFuture.supplyAsync(
					() -> api.get(Trials.US01, "/api/v1/trials/" + Trials.LEGEND + "/subjects/US-01-9999"));
			await().atMost(Duration.ofSeconds(10)).until(() -> requestThreads.getQueue().size() == 1);
			assertThat(read).isNotDone();
		}

		// Then, the write given up, the read is served
		assertThat(read.join().status()).isEqualTo(404);
	}

}
