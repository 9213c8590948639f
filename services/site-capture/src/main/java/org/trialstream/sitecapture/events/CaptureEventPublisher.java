package org.trialstream.sitecapture.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import org.trialstream.sitecapture.config.SiteCaptureProperties;

/**
 * Sends capture events and waits for the broker's acknowledgement (acks=all, idempotent producer) up to the
 * configured timeout; only then may the caller answer 2xx. A timeout or a refused write is a
 * {@link BrokerUnavailableException} (503 with Retry-After). Each acknowledgement tells where the event was stored,
 * which lets the service hold a visit's position instead of its content.
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

	/**
	 * One item's outcome: where each of its events was stored (in the order given), or the failure.
	 *
	 * @param storedAt positions of the item's events when acknowledged, else null
	 * @param failure why the item is not confirmed, else null
	 */
	public record Published(List<StoredAt> storedAt, BrokerUnavailableException failure) {
	}

	/**
	 * Writes the events of one request and returns, once the broker acknowledged all of them, where each was
	 * stored (in the order given).
	 */
	public List<StoredAt> publish(List<OutgoingEvent> events) {
		List<CompletableFuture<SendResult<String, SpecificRecord>>> sends = sendAll(events);
		long deadline = System.nanoTime() + ackTimeout.toNanos();
		List<StoredAt> stored = new ArrayList<>(sends.size());
		for (CompletableFuture<SendResult<String, SpecificRecord>> send : sends) {
			stored.add(await(send, deadline));
		}
		return stored;
	}

	/**
	 * Writes the events of several independent items (a batch) and waits for all with one deadline. Returns, per
	 * item, where its events were stored or the failure.
	 */
	public List<Published> publishEach(List<List<OutgoingEvent>> items) {
		List<List<CompletableFuture<SendResult<String, SpecificRecord>>>> sends = new ArrayList<>(items.size());
		List<BrokerUnavailableException> refused = new ArrayList<>(items.size());
		for (List<OutgoingEvent> item : items) {
			try {
				sends.add(sendAll(item));
				refused.add(null);
			}
			catch (BrokerUnavailableException ex) {
				sends.add(List.of());
				refused.add(ex);
			}
		}
		long deadline = System.nanoTime() + ackTimeout.toNanos();
		List<Published> outcomes = new ArrayList<>(items.size());
		for (int i = 0; i < sends.size(); i++) {
			if (refused.get(i) != null) {
				outcomes.add(new Published(null, refused.get(i)));
				continue;
			}
			try {
				List<StoredAt> stored = new ArrayList<>(sends.get(i).size());
				for (CompletableFuture<SendResult<String, SpecificRecord>> send : sends.get(i)) {
					stored.add(await(send, deadline));
				}
				outcomes.add(new Published(stored, null));
			}
			catch (BrokerUnavailableException ex) {
				outcomes.add(new Published(null, ex));
			}
		}
		return outcomes;
	}

	private List<CompletableFuture<SendResult<String, SpecificRecord>>> sendAll(List<OutgoingEvent> events) {
		List<CompletableFuture<SendResult<String, SpecificRecord>>> sends = new ArrayList<>(events.size());
		try {
			for (OutgoingEvent event : events) {
				sends.add(kafka.send(event.topic(), event.key(), event.value()));
			}
		}
		catch (RuntimeException ex) {
			// send() itself fails when metadata or the schema registry cannot be reached within max.block.ms.
			throw unavailable(ex);
		}
		return sends;
	}

	private static StoredAt await(CompletableFuture<SendResult<String, SpecificRecord>> send, long deadlineNanos) {
		try {
			RecordMetadata metadata = send.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)
				.getRecordMetadata();
			return new StoredAt(metadata.topic(), metadata.partition(), metadata.offset());
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
