package org.trialstream.adverseevent.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trialstream.adverseevent.alerting.AlertLogEntry;

/**
 * POSTs each alert change (JSON) to the sponsor's endpoint, one at a time and in order, from its own thread so
 * intake never waits for the sponsor. A 5xx, 408, 429 or a network error is retried with exponential back-off up
 * to the configured attempts; other 4xx are not (the request itself is wrong). Every attempt of one change carries
 * the same Idempotency-Key, the safety event's id.
 */
public final class WebhookDelivery implements Consumer<AlertLogEntry>, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	private final URI url;

	private final int maxAttempts;

	private final Duration initialBackoff;

	private final Function<AlertLogEntry, String> json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

	private final BlockingQueue<AlertLogEntry> queue = new LinkedBlockingQueue<>();

	private final Thread worker;

	private volatile boolean running = true;

	public WebhookDelivery(URI url, int maxAttempts, Duration initialBackoff, Function<AlertLogEntry, String> json) {
		this.url = url;
		this.maxAttempts = Math.max(1, maxAttempts);
		this.initialBackoff = initialBackoff;
		this.json = json;
		this.worker = Thread.ofVirtual().name("sponsor-webhook").start(this::work);
	}

	@Override
	public void accept(AlertLogEntry entry) {
		queue.offer(entry);
	}

	private void work() {
		try {
			while (running) {
				deliver(queue.take());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Returns whether the sponsor accepted the change. */
	boolean deliver(AlertLogEntry entry) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(REQUEST_TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", entry.eventId())
			.POST(HttpRequest.BodyPublishers.ofString(json.apply(entry)))
			.build();
		Duration backoff = initialBackoff;
		for (int attempt = 1; attempt <= maxAttempts; attempt++) {
			int status = send(request);
			if (status >= 200 && status < 300) {
				return true;
			}
			if (status >= 400 && status < 500 && status != 408 && status != 429) {
				log.warn("sponsor webhook refused alert event {} with {}; not retried", entry.eventId(), status);
				return false;
			}
			if (attempt < maxAttempts) {
				Thread.sleep(backoff);
				backoff = backoff.multipliedBy(2);
			}
		}
		log.error("sponsor webhook did not accept alert event {} after {} attempts", entry.eventId(), maxAttempts);
		return false;
	}

	/** The HTTP status, or -1 when the sponsor could not be reached. */
	private int send(HttpRequest request) throws InterruptedException {
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	@Override
	public void close() {
		running = false;
		worker.interrupt();
		http.shutdownNow();
	}

}
