package org.trialstream.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

/**
 * A text/event-stream client on the JDK HttpClient, as a monitor's tool (or a browser's EventSource) holds the
 * connection: it collects every event it receives, with when it arrived, so a test can wait for one.
 */
public final class SseClient implements AutoCloseable {

	/** One received event, with when it arrived (System.nanoTime). */
	public record Event(String id, String name, String data, long receivedAtNanos) {
	}

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private final List<String> comments = new CopyOnWriteArrayList<>();

	private final HttpClient http = HttpClient.newHttpClient();

	private final Thread reader;

	private volatile int status;

	private SseClient(URI stream, String authorization, String lastEventId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(stream)
			.header("Accept", "text/event-stream")
			.header("Authorization", authorization);
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		reader = Thread.ofVirtual().start(() -> read(request.build()));
	}

	/**
	 * Connects and waits (up to 10 s) until the server answered: with an error status, or with the stream's first
	 * line, after which no event sent to this client can be missed.
	 * @param authorization the Authorization header, e.g. {@link #basic(String)}
	 * @param lastEventId the last event seen before, to be sent what was missed; null for a first connection
	 */
	public static SseClient connect(URI stream, String authorization, String lastEventId) {
		SseClient client = new SseClient(stream, authorization, lastEventId);
		Awaitility.await("the stream to open")
			.atMost(Duration.ofSeconds(10))
			.until(() -> client.status != 0 && client.status != 200 || !client.comments.isEmpty()
					|| !client.events.isEmpty());
		return client;
	}

	/** HTTP Basic for a local development user, whose password is the user name. */
	public static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

	public Event awaitEvent(Predicate<Event> match, Duration timeout) {
		return Awaitility.await("a matching event on the stream")
			.atMost(timeout)
			.pollInterval(Duration.ofMillis(10))
			.until(() -> events.stream().filter(match).findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	public List<Event> events() {
		return List.copyOf(events);
	}

	public List<Event> matching(Predicate<Event> match) {
		return events.stream().filter(match).toList();
	}

	/** The response status, or 0 before the server answered. */
	public int status() {
		return status;
	}

	private void read(HttpRequest request) {
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			status = response.statusCode();
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				parse(lines);
			}
		}
		catch (IOException | InterruptedException ex) {
			// The test closed the stream, or the server went away: the collected events stay readable.
		}
	}

	private void parse(BufferedReader lines) throws IOException {
		String id = null;
		String name = null;
		List<String> data = new ArrayList<>();
		String line;
		while ((line = lines.readLine()) != null) {
			if (line.isEmpty()) {
				if (!data.isEmpty()) {
					events.add(new Event(id, name, String.join("\n", data), System.nanoTime()));
				}
				id = null;
				name = null;
				data = new ArrayList<>();
			}
			else if (line.startsWith(":")) {
				comments.add(line.substring(1));
			}
			else if (line.startsWith("id:")) {
				id = line.substring(3).strip();
			}
			else if (line.startsWith("event:")) {
				name = line.substring(6).strip();
			}
			else if (line.startsWith("data:")) {
				data.add(line.substring(5).strip());
			}
		}
	}

	@Override
	public void close() {
		reader.interrupt();
		http.shutdownNow();
	}

}
