package org.trialstream.sitecapture.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;
import org.trialstream.avro.Topics;
import org.trialstream.sitecapture.config.SiteCaptureProperties;

/**
 * Sends capture events and waits for the broker's acknowledgement (acks=all, idempotent producer) up to the
 * configured timeout; only then may the caller answer 2xx. A timeout or a refused write is a
 * {@link BrokerUnavailableException} (503 with Retry-After). Each acknowledgement tells where the event was stored,
 * which lets the service hold a visit's position instead of its content.
 * <p>
 * Adverse events go through a producer of their own that sends at once: the visits' producer lingers a
 * millisecond to share requests (linger.ms), which a serious adverse event would pay on its way to the safety
 * monitors (the 1-client alert's p50 6.5 -> 4.2-6.3 ms with 1,000 visits/s behind, in side runs of the benchmark).
 */
@Component
public class CaptureEventPublisher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CaptureEventPublisher.class);

	/** Topics written by the producer that does not linger. */
	static final Set<String> SAFETY_TOPICS = Set.of(Topics.ADVERSE_EVENT_REPORTED, Topics.ADVERSE_EVENT_UPDATED);

	private final ProducerFactory<String, SpecificRecord> producers;

	private final ProducerFactory<String, SpecificRecord> safetyProducers;

	private final Duration ackTimeout;

	public CaptureEventPublisher(ProducerFactory<String, SpecificRecord> producers, SiteCaptureProperties properties) {
		this.producers = producers;
		this.safetyProducers = producers.copyWithConfigurationOverride(Map.of(ProducerConfig.LINGER_MS_CONFIG, 0));
		this.ackTimeout = properties.brokerAckTimeout();
	}

	/** The factory of the producer that writes to {@code topic}. */
	ProducerFactory<String, SpecificRecord> producersFor(String topic) {
		return SAFETY_TOPICS.contains(topic) ? safetyProducers : producers;
	}

	/** Closes the safety producer; the visits' factory is the application context's. */
	@Override
	public void destroy() {
		if (safetyProducers instanceof DisposableBean disposable) {
			try {
				disposable.destroy();
			}
			catch (Exception ex) {
				log.warn("could not close the adverse events' producer", ex);
			}
		}
	}

	/**
	 * One item's outcome: where each of its events was stored (in the order given), or the failure.
	 *
	 * @param storedAt positions of the item's events when acknowledged, else null
	 * @param failure why the item is not confirmed, else null
	 */
	public record Published(List<StoredAt> storedAt, BrokerUnavailableException failure) {
	}

	/** Creates the producers and loads the partitions of their topics before the first write waits for them. */
	public void prepare(List<String> topics) {
		topics.forEach(topic -> producer(topic).partitionsFor(topic));
	}

	/**
	 * Writes the events of one request and returns, once the broker acknowledged all of them, where each was
	 * stored (in the order given).
	 */
	public List<StoredAt> publish(List<OutgoingEvent> events) {
		Published published = await(new Pending(sendAll(events), null), deadlineFromNow());
		if (published.failure() != null) {
			throw published.failure();
		}
		return published.storedAt();
	}

	/**
	 * Events of one item handed to the producer and not yet acknowledged (or refused by it at once).
	 */
	public static final class Pending {

		private final List<CompletableFuture<StoredAt>> sends;

		private final BrokerUnavailableException refused;

		private Pending(List<CompletableFuture<StoredAt>> sends, BrokerUnavailableException refused) {
			this.sends = sends;
			this.refused = refused;
		}

	}

	/** Starts writing one item's events; never throws: a refusal is reported by {@link #await}. */
	public Pending start(List<OutgoingEvent> events) {
		try {
			return new Pending(sendAll(events), null);
		}
		catch (BrokerUnavailableException ex) {
			return new Pending(List.of(), ex);
		}
	}

	/** The deadline for acknowledgements of writes started until now. */
	public long deadlineFromNow() {
		return System.nanoTime() + ackTimeout.toNanos();
	}

	/** Waits until the deadline for an item's acknowledgements: where its events were stored, or the failure. */
	public Published await(Pending pending, long deadlineNanos) {
		if (pending.refused != null) {
			return new Published(null, pending.refused);
		}
		try {
			List<StoredAt> stored = new ArrayList<>(pending.sends.size());
			for (CompletableFuture<StoredAt> send : pending.sends) {
				stored.add(await(send, deadlineNanos));
			}
			return new Published(stored, null);
		}
		catch (BrokerUnavailableException ex) {
			return new Published(null, ex);
		}
	}

	/**
	 * Hands the events to the producer, which serialises them at once; the callbacks keep only where each was
	 * stored, so a batch's Avro records are garbage as soon as they are sent, not when the broker answers.
	 */
	private List<CompletableFuture<StoredAt>> sendAll(List<OutgoingEvent> events) {
		List<CompletableFuture<StoredAt>> sends = new ArrayList<>(events.size());
		try {
			for (OutgoingEvent event : events) {
				CompletableFuture<StoredAt> stored = new CompletableFuture<>();
				producer(event.topic()).send(new ProducerRecord<>(event.topic(), event.key(), event.value()),
						(metadata, failure) -> {
							if (failure == null) {
								stored.complete(new StoredAt(metadata.topic(), metadata.partition(), metadata.offset()));
							}
							else {
								stored.completeExceptionally(failure);
							}
						});
				sends.add(stored);
			}
		}
		catch (RuntimeException ex) {
			// send() itself fails when metadata or the schema registry cannot be reached within max.block.ms.
			throw unavailable(ex);
		}
		return sends;
	}

	/**
	 * The factory's shared producer, asked for on every send rather than kept: the factory closes and replaces it
	 * when it is stopped and started again (or after a fatal error), and a kept one would refuse every write after.
	 */
	private Producer<String, SpecificRecord> producer(String topic) {
		return producersFor(topic).createProducer();
	}

	private static StoredAt await(CompletableFuture<StoredAt> send, long deadlineNanos) {
		try {
			return send.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw unavailable(ex);
		}
		catch (ExecutionException ex) {
			throw unavailable(ex.getCause());
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
