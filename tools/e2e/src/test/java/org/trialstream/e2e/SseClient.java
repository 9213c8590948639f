package org.trialstream.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

/** A monitor's Server-Sent Events connection, as a browser's EventSource would hold it; collects every event. */
final class SseClient implements AutoCloseable {

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private final CompletableFuture<HttpResponse<Stream<String>>> connection;

	private SseClient(CompletableFuture<HttpResponse<Stream<String>>> connection) {
		this.connection = connection;
	}

	static SseClient open(String url, String user) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "text/event-stream")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
		SseClient client = new SseClient(
				HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines()));
		client.connection.thenAccept(response -> client.read(response.body()));
		return client;
	}

	private void read(Stream<String> lines) {
		StringBuilder data = new StringBuilder();
		String[] idAndName = new String[2];
		lines.forEach(line -> {
			if (line.isEmpty()) {
				if (!data.isEmpty()) {
					events.add(new Event(idAndName[0], idAndName[1], data.toString()));
				}
				data.setLength(0);
				idAndName[0] = null;
				idAndName[1] = null;
			}
			else if (line.startsWith("data:")) {
				data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
			}
			else if (line.startsWith("id:")) {
				idAndName[0] = line.substring(3).strip();
			}
			else if (line.startsWith("event:")) {
				idAndName[1] = line.substring(6).strip();
			}
		});
	}

	Event awaitEvent(Predicate<Event> match, Duration timeout) {
		return Awaitility.await("an event on the stream")
			.atMost(timeout)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> events.stream().filter(match).findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	List<Event> matching(Predicate<Event> match) {
		return events.stream().filter(match).toList();
	}

	int status() {
		return connection.join().statusCode();
	}

	@Override
	public void close() {
		connection.thenAccept(response -> response.body().close());
		connection.cancel(true);
	}

	record Event(String id, String name, String data) {
	}

}
