package org.trialstream.benchmark.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.trialstream.benchmark.platform.LocalUsers;

/**
 * One monitor's Server-Sent Events connection, read line by line on a virtual thread of its own. Each event is
 * handed over with the time its last line arrived; comments (the stream's "connected" and keep-alives) only mark
 * the stream as live.
 */
final class SseClient implements AutoCloseable {

	/** Receives each event; called on the client's reader thread. */
	@FunctionalInterface
	interface Listener {

		void onEvent(String name, String data, long arrivedNanos);

	}

	private final CountDownLatch live = new CountDownLatch(1);

	private volatile Stream<String> lines;

	private volatile boolean closed;

	private volatile boolean opened;

	private SseClient() {
	}

	/** Connects as the user and returns once the stream's first line (its "connected" comment) has arrived. */
	static SseClient connect(HttpClient http, URI stream, String user, Listener listener) throws InterruptedException {
		SseClient client = new SseClient();
		HttpRequest request = HttpRequest.newBuilder(stream)
			.header("Authorization", LocalUsers.basic(user))
			.header("Accept", "text/event-stream")
			.GET()
			.build();
		Thread.ofPlatform().daemon().name("sse-client").start(() -> client.read(http, request, listener));
		if (!client.live.await(15, TimeUnit.SECONDS) || !client.opened) {
			client.close();
			throw new IllegalStateException("the alert stream " + stream + " did not open within 15 s as " + user);
		}
		return client;
	}

	private void read(HttpClient http, HttpRequest request, Listener listener) {
		try {
			HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
			if (response.statusCode() != 200) {
				System.err.println("  alert: the stream answered " + response.statusCode());
				return;
			}
			lines = response.body();
			String name = "message";
			StringBuilder data = new StringBuilder();
			Iterator<String> iterator = lines.iterator();
			while (!closed && iterator.hasNext()) {
				String line = iterator.next();
				if (line.isEmpty()) {
					if (!data.isEmpty()) {
						listener.onEvent(name, data.toString(), System.nanoTime());
					}
					name = "message";
					data.setLength(0);
				}
				else if (line.startsWith(":")) {
					opened = true;
					live.countDown();
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).stripLeading());
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			if (!closed) {
				System.err.println("  alert: a stream broke: " + ex.getMessage());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			live.countDown();
		}
	}

	@Override
	public void close() {
		closed = true;
		Stream<String> open = lines;
		if (open != null) {
			open.close();
		}
	}

}
