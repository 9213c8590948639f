package org.trialstream.sitecapture.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.trialstream.sitecapture.config.SiteCaptureProperties;

/**
 * Sends capture events and waits for the broker's acknowledgement (acks=all, idempotent producer) up to the
 * configured timeout; only then may the caller answer 2xx. A timeout or a refused write is a
 * {@link BrokerUnavailableException} (503 with Retry-After).
 */
@Component
public class CaptureEventPublisher {

	private static final Logger log = LoggerFactory.getLogger(CaptureEventPublisher.class);

	private final KafkaTemplate<String, SpecificRecord> kafka;

	private final Duration ackTimeout;

	public CaptureEventPublisher(KafkaTemplate<String, SpecificRecord> kafka, SiteCaptureProperties properties) {
		this.kafka = kafka;
		this.ackTimeout = properties.brokerAckTimeout();
	}

	/** Writes the events of one request and returns once the broker acknowledged all of them. */
	public void publish(List<OutgoingEvent> events) {
		awaitAll(sendAll(events), System.nanoTime() + ackTimeout.toNanos());
	}

	/**
	 * Writes the events of several independent items (a batch) and waits for all with one deadline. Returns, per
	 * item, null when acknowledged or the failure.
	 */
	public List<BrokerUnavailableException> publishEach(List<List<OutgoingEvent>> items) {
		List<CompletableFuture<Void>> sends = new ArrayList<>();
		for (List<OutgoingEvent> item : items) {
			sends.add(sendAllQuietly(item));
		}
		long deadline = System.nanoTime() + ackTimeout.toNanos();
		List<BrokerUnavailableException> outcomes = new ArrayList<>();
		for (CompletableFuture<Void> send : sends) {
			try {
				awaitAll(send, deadline);
				outcomes.add(null);
			}
			catch (BrokerUnavailableException ex) {
				outcomes.add(ex);
			}
		}
		return outcomes;
	}

	private CompletableFuture<Void> sendAllQuietly(List<OutgoingEvent> events) {
		try {
			return sendAll(events);
		}
		catch (BrokerUnavailableException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private CompletableFuture<Void> sendAll(List<OutgoingEvent> events) {
		List<CompletableFuture<?>> sends = new ArrayList<>(events.size());
		try {
			for (OutgoingEvent event : events) {
				sends.add(kafka.send(event.topic(), event.key(), event.value()));
			}
		}
		catch (RuntimeException ex) {
			// send() itself fails when metadata or the schema registry cannot be reached within max.block.ms.
			throw unavailable(ex);
		}
		return CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
	}

	private void awaitAll(CompletableFuture<Void> sends, long deadlineNanos) {
		try {
			sends.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw unavailable(ex);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof BrokerUnavailableException unavailable ? unavailable
					: unavailable(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw unavailable(ex);
		}
	}

	private static BrokerUnavailableException unavailable(Throwable cause) {
		log.warn("Write not acknowledged by the broker: {}", cause.toString());
		return new BrokerUnavailableException("The broker did not acknowledge the write", cause);
	}

}
