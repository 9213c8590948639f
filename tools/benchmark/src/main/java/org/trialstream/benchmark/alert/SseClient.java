package org.trialstream.benchmark.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.util.Timeout;
import org.trialstream.benchmark.platform.LocalUsers;

/**
 * One monitor's Server-Sent Events connection, read line by line with blocking I/O on a thread of its own, the
 * way a browser's network thread reads it: an event is timed when its last line comes off the socket, with no hand-over
 * between threads first (the JDK client passed each event from its selector thread through a worker pool to the
 * reader, on the same two cores as the platform). Comments (the stream's "connected" and keep-alives) only mark the
 * stream as live.
 */
final class SseClient implements AutoCloseable {

	/** Longer than the server's keep-alive interval (15 s): a stream that says nothing for this long is broken. */
	private static final Timeout SILENCE_LIMIT = Timeout.ofSeconds(60);

	/** Receives each event; called on the client's reader thread. */
	@FunctionalInterface
	interface Listener {

		void onEvent(String name, String data, long arrivedNanos);

	}

	private final CountDownLatch live = new CountDownLatch(1);

	private final HttpGet request;

	private volatile boolean closed;

	private volatile boolean opened;

	private SseClient(HttpGet request) {
		this.request = request;
	}

	/**
	 * An HTTP client for up to {@code streams} streams open at once; {@link #close()} cancels a stream's exchange,
	 * which gives its connection back to the pool before the next run connects.
	 */
	static CloseableHttpClient streamsClient(int streams) {
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(streams)
				.setMaxConnPerRoute(streams)
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.ofSeconds(15))
					.setSocketTimeout(SILENCE_LIMIT)
					.build())
				.build())
			.disableAutomaticRetries()
			.disableContentCompression()
			.build();
	}

	/** Connects as the user and returns once the stream's first line (its "connected" comment) has arrived. */
	static SseClient connect(CloseableHttpClient http, URI stream, String user, Listener listener)
			throws InterruptedException {
		HttpGet request = new HttpGet(stream);
		request.setHeader("Authorization", LocalUsers.basic(user));
		request.setHeader("Accept", "text/event-stream");
		SseClient client = new SseClient(request);
		Thread.ofPlatform().daemon().name("sse-client").start(() -> client.read(http, listener));
		if (!client.live.await(15, TimeUnit.SECONDS) || !client.opened) {
			client.close();
			throw new IllegalStateException("the alert stream " + stream + " did not open within 15 s as " + user);
		}
		return client;
	}

	private void read(CloseableHttpClient http, Listener listener) {
		try (ClassicHttpResponse response = http.executeOpen(null, request, null)) {
			if (response.getCode() != 200) {
				System.err.println("  alert: the stream answered " + response.getCode());
				return;
			}
			BufferedReader lines = new BufferedReader(
					new InputStreamReader(response.getEntity().getContent(), StandardCharsets.UTF_8));
			String name = "message";
			StringBuilder data = new StringBuilder();
			String line;
			while (!closed && (line = lines.readLine()) != null) {
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
		catch (IOException ex) {
			if (!closed) {
				System.err.println("  alert: a stream broke: " + ex.getMessage());
			}
		}
		finally {
			live.countDown();
		}
	}

	/** Aborts the exchange: the reader's blocked read fails and its thread ends. */
	@Override
	public void close() {
		closed = true;
		request.cancel();
	}

}
