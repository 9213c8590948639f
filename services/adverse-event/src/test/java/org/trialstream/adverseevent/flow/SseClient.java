package org.trialstream.adverseevent.flow;

import java.io.BufferedReader;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

/**
 * A text/event-stream client on the JDK HttpClient, as a monitor's tool would connect: it collects the events it
 * receives so a test can wait for one.
 */
public final class SseClient implements AutoCloseable {

	/** One received SSE event, with when it arrived (System.nanoTime). */
	public record Event(String id, String name, String data, long receivedAtNanos) {
	}

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private final List<String> comments = new CopyOnWriteArrayList<>();

	private final HttpClient http = HttpClient.newHttpClient();

	private final Thread reader;

	private volatile int status;

	private SseClient(URI uri, String user, String lastEventId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.header("Accept", "text/event-stream")
			.header("Authorization", basic(user));
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		reader = Thread.ofVirtual().start(() -> read(request.build()));
	}

	public static SseClient connect(int port, String user, String lastEventId) {
		SseClient client = new SseClient(URI.create("http://127.0.0.1:" + port + "/api/v1/alerts/stream"), user,
				lastEventId);
		Awaitility.await("the stream to open").atMost(Duration.ofSeconds(10)).until(() -> !client.comments.isEmpty());
		return client;
	}

	public static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

	public Event awaitEvent(Predicate<Event> match, Duration timeout) {
		return Awaitility.await("a matching SSE event")
			.atMost(timeout)
			.pollInterval(Duration.ofMillis(10))
			.until(() -> events.stream().filter(match).findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	public List<Event> events() {
		return List.copyOf(events);
	}

	private void read(HttpRequest request) {
		try {
			HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			status = response.statusCode();
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				parse(lines);
			}
		}
		catch (Exception ex) {
			// The test closed the stream, or the server went away: the collected events stay readable.
		}
	}

	private void parse(BufferedReader lines) throws java.io.IOException {
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

	public int status() {
		return status;
	}

	@Override
	public void close() {
		reader.interrupt();
		http.shutdownNow();
	}

}
