package org.trialstream.benchmark.alert;

import java.net.URI;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.entity.AbstractCharDataConsumer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;
import org.trialstream.benchmark.platform.LocalUsers;

/**
 * One monitor's Server-Sent Events connection. The streams of a run share one client whose single I/O thread reads
 * every socket as it becomes readable and parses the events right there: an event is timed when its last line comes
 * off the socket, with no hand-over between threads. One thread for all streams is also what keeps the clients' own
 * cost off the platform's two cores: a blocking reader per stream woke a hundred threads per alert, which competed
 * with adverse-event's fan-out for the same cores (session 7, docs/benchmarks.md). Comments (the stream's
 * "connected" and keep-alives) only mark the stream as live.
 */
final class SseClient implements AutoCloseable {

	/** Longer than the server's keep-alive interval (15 s): a stream that says nothing for this long is broken. */
	private static final Timeout SILENCE_LIMIT = Timeout.ofSeconds(60);

	private static final int OPEN_ATTEMPTS = 3;

	/** Receives each event; called on the client's I/O thread, so it must not block. */
	@FunctionalInterface
	interface Listener {

		void onEvent(String name, String data, long arrivedNanos);

	}

	private final CountDownLatch live = new CountDownLatch(1);

	private volatile boolean closed;

	private volatile boolean opened;

	private volatile Exception failure;

	private volatile Future<Void> exchange;

	private SseClient() {
	}

	/** A started client for up to {@code streams} streams open at once, read by one I/O thread. */
	static CloseableHttpAsyncClient streamsClient(int streams) {
		CloseableHttpAsyncClient client = HttpAsyncClients.custom()
			.setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).setTcpNoDelay(true).build())
			.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
				.setMaxConnTotal(streams)
				.setMaxConnPerRoute(streams)
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.ofSeconds(15))
					.setSocketTimeout(SILENCE_LIMIT)
					.build())
				.build())
			// A connection per stream, never handed on: a stream ends only by being cancelled mid-response.
			.setConnectionReuseStrategy((request, response, context) -> false)
			.disableAutomaticRetries()
			.build();
		client.start();
		return client;
	}

	/**
	 * Connects as the user and returns once the stream's first line (its "connected" comment) has arrived. A stream
	 * that fails before it opens is opened again, up to {@link #OPEN_ATTEMPTS} times in all, as a browser's
	 * EventSource reconnects: in one recorded run a stream of the 100 was closed by the peer while it opened.
	 */
	static SseClient connect(CloseableHttpAsyncClient http, URI stream, String user, Listener listener)
			throws InterruptedException {
		IllegalStateException failed = null;
		for (int attempt = 1; attempt <= OPEN_ATTEMPTS; attempt++) {
			try {
				return open(http, stream, user, listener);
			}
			catch (IllegalStateException ex) {
				System.err.printf("  alert: %s (attempt %d of %d)%n", ex.getMessage(), attempt, OPEN_ATTEMPTS);
				failed = ex;
			}
		}
		throw failed;
	}

	private static SseClient open(CloseableHttpAsyncClient http, URI stream, String user, Listener listener)
			throws InterruptedException {
		SimpleHttpRequest request = SimpleHttpRequest.create("GET", stream);
		request.setHeader("Authorization", LocalUsers.basic(user));
		request.setHeader("Accept", "text/event-stream");
		SseClient client = new SseClient();
		client.exchange = http.execute(SimpleRequestProducer.create(request), client.new EventStream(listener), null);
		boolean answered = client.live.await(15, TimeUnit.SECONDS);
		if (!answered || !client.opened) {
			client.close();
			throw new IllegalStateException("the alert stream " + stream + " as " + user
					+ (answered ? " failed before it opened: " + client.failure : " did not open within 15 s"),
					client.failure);
		}
		return client;
	}

	/** Aborts the exchange, which closes its connection. */
	@Override
	public void close() {
		closed = true;
		Future<Void> running = exchange;
		if (running != null) {
			running.cancel(true);
		}
	}

	/** Splits the stream into lines and the lines into events as the characters arrive. */
	private final class EventStream extends AbstractCharDataConsumer implements AsyncResponseConsumer<Void> {

		private final Listener listener;

		/** The characters of the line still being read. */
		private final StringBuilder pending = new StringBuilder();

		private final StringBuilder data = new StringBuilder();

		private String name = "message";

		private FutureCallback<Void> callback;

		EventStream(Listener listener) {
			this.listener = listener;
		}

		@Override
		public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
				FutureCallback<Void> resultCallback) {
			this.callback = resultCallback;
			if (response.getCode() != 200 || entity == null) {
				System.err.println("  alert: the stream answered " + response.getCode());
				finish();
				return;
			}
			setCharset(StandardCharsets.UTF_8);
		}

		@Override
		public void informationResponse(HttpResponse response, HttpContext context) {
		}

		@Override
		protected int capacityIncrement() {
			return Integer.MAX_VALUE;
		}

		@Override
		protected void data(CharBuffer chars, boolean endOfStream) {
			long arrived = System.nanoTime();
			while (chars.hasRemaining()) {
				char c = chars.get();
				if (c == '\n') {
					onLine(pending.toString(), arrived);
					pending.setLength(0);
				}
				else if (c != '\r') {
					pending.append(c);
				}
			}
		}

		private void onLine(String line, long arrived) {
			if (line.isEmpty()) {
				if (!data.isEmpty()) {
					listener.onEvent(name, data.toString(), arrived);
				}
				name = "message";
				data.setLength(0);
			}
			else if (line.charAt(0) == ':') {
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

		@Override
		protected void completed() {
			finish();
		}

		@Override
		public void failed(Exception cause) {
			failure = cause;
			if (!closed && opened) {
				System.err.println("  alert: a stream broke: " + cause);
			}
			live.countDown();
		}

		@Override
		public void releaseResources() {
		}

		private void finish() {
			live.countDown();
			if (callback != null) {
				callback.completed(null);
			}
		}

	}

}
