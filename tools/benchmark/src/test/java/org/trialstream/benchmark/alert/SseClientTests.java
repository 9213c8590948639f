package org.trialstream.benchmark.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SseClientTests {

	private final CountDownLatch released = new CountDownLatch(1);

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	private final AtomicBoolean refuseFirst = new AtomicBoolean();

	private HttpServer server;

	@BeforeEach
	void startStream() throws IOException {
		// An SSE endpoint that says "connected", sends one event split over two writes, then holds the stream open
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/stream", this::stream);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
	}

	@AfterEach
	void stopStream() {
		released.countDown();
		server.stop(0);
	}

	@Test
	void deliversEachEventWithItsNameAndDataOnceItsLastLineArrived() throws Exception {
		List<String> events = new CopyOnWriteArrayList<>();
		try (CloseableHttpAsyncClient http = SseClient.streamsClient(1)) {
			// When a monitor connects
			SseClient client = SseClient.connect(http, uri(), "monitor",
					(name, data, arrivedNanos) -> events.add(name + " " + data));

			// Then it was authenticated, and the event arrives whole, with its name, once
			assertThat(authorizations).singleElement().asString().startsWith("Basic ");
			awaitExactly(events, "alert-raised {\"subjectId\":\"US-01-0042\"}\n{\"more\":true}");
			client.close();
		}
	}

	@Test
	void aClosedStreamLeavesItsPlaceToTheNextStream() throws Exception {
		List<String> events = new CopyOnWriteArrayList<>();
		try (CloseableHttpAsyncClient http = SseClient.streamsClient(1)) {
			// Given a client for one stream whose first stream was opened and closed
			SseClient.connect(http, uri(), "monitor", (name, data, arrivedNanos) -> {
			}).close();

			// When the next stream opens through the same client
			SseClient next = connectCollectingNames(http, events);

			// Then it opened on a connection of its own and receives its events
			awaitExactly(events, "alert-raised");
			assertThat(authorizations).hasSize(2);
			next.close();
		}
	}

	@Test
	void opensAgainAStreamThatFailedBeforeItOpened() throws Exception {
		// Given a server that drops the first connection without an answer
		refuseFirst.set(true);
		List<String> events = new CopyOnWriteArrayList<>();
		try (CloseableHttpAsyncClient http = SseClient.streamsClient(1)) {
			// When a monitor connects
			SseClient client = connectCollectingNames(http, events);

			// Then its second attempt opened the stream, which delivers the event
			awaitExactly(events, "alert-raised");
			assertThat(authorizations).hasSize(2);
			client.close();
		}
	}

	private SseClient connectCollectingNames(CloseableHttpAsyncClient http, List<String> names)
			throws InterruptedException {
		return SseClient.connect(http, uri(), "monitor", (name, data, arrivedNanos) -> names.add(name));
	}

	private static void awaitExactly(List<String> events, String... expected) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events).containsExactly(expected));
	}

	private URI uri() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/stream");
	}

	private void stream(HttpExchange exchange) throws IOException {
		authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
		if (refuseFirst.getAndSet(false)) {
			exchange.close();
			return;
		}
		exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, 0);
		try (OutputStream body = exchange.getResponseBody()) {
			write(body, ":connected\n\n");
			write(body, "event: alert-raised\r\ndata: {\"subjectId\":\"US-01-0042\"}\n");
			write(body, "data: {\"more\":true}\n\n");
			released.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// the client closed the stream
		}
	}

	private static void write(OutputStream body, String text) throws IOException {
		body.write(text.getBytes(StandardCharsets.UTF_8));
		body.flush();
	}

}
