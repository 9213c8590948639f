package org.trialstream.sitecapture.events;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import org.trialstream.avro.capture.VisitCorrected;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.model.Visit;

/**
 * Reads visits back from capture.visit-recorded.v1 and capture.visit-corrected.v1 by position, for the rare reads
 * that need a visit's content (a correction's field changes, a GET): the service holds each visit's position, not
 * its content. One consumer, assigned partitions only (no group, no commits), shared under a lock; a read the
 * broker does not answer within the broker-ack timeout is a {@link BrokerUnavailableException} (503).
 */
@Component
public class VisitTopicReader implements DisposableBean {

	private static final Duration POLL = Duration.ofMillis(100);

	private final ConsumerFactory<String, Object> consumers;

	private final Duration timeout;

	private final ReentrantLock lock = new ReentrantLock();

	private Consumer<String, Object> consumer;

	/**
	 * A visit as read back.
	 *
	 * @param visitId its id as written
	 * @param visit its content at that position
	 */
	public record ReadVisit(String visitId, Visit visit) {
	}

	public VisitTopicReader(ConsumerFactory<String, Object> consumers, SiteCaptureProperties properties) {
		this.consumers = consumers;
		this.timeout = properties.brokerAckTimeout();
	}

	/** The visits stored at these positions; a position whose record is gone or unreadable is left out. */
	public Map<StoredAt, ReadVisit> read(Collection<StoredAt> positions) {
		Map<TopicPartition, TreeSet<Long>> wanted = new HashMap<>();
		for (StoredAt position : positions) {
			wanted.computeIfAbsent(new TopicPartition(position.topic(), position.partition()), tp -> new TreeSet<>())
				.add(position.offset());
		}
		Map<StoredAt, ReadVisit> found = new HashMap<>();
		long deadline = System.nanoTime() + timeout.toNanos();
		lock.lock();
		try {
			for (Map.Entry<TopicPartition, TreeSet<Long>> partition : wanted.entrySet()) {
				readPartition(partition.getKey(), partition.getValue(), found, deadline);
			}
		}
		catch (KafkaException ex) {
			closeConsumer();
			throw new BrokerUnavailableException("The broker did not answer the read", ex);
		}
		finally {
			lock.unlock();
		}
		return found;
	}

	/** Reads the partition forwards from the lowest wanted offset, seeking ahead over gaps between wanted ones. */
	private void readPartition(TopicPartition partition, TreeSet<Long> offsets, Map<StoredAt, ReadVisit> found,
			long deadline) {
		Consumer<String, Object> reader = consumer();
		reader.assign(List.of(partition));
		reader.seek(partition, offsets.first());
		while (!offsets.isEmpty()) {
			if (System.nanoTime() > deadline) {
				throw new BrokerUnavailableException("The broker did not answer the read within " + timeout, null);
			}
			for (ConsumerRecord<String, Object> record : reader.poll(POLL)) {
				if (offsets.remove(record.offset())) {
					ReadVisit visit = visitOf(record.value());
					if (visit != null) {
						found.put(new StoredAt(record.topic(), record.partition(), record.offset()), visit);
					}
				}
			}
			// Offsets passed without a record (none there any more) are given up; then skip ahead to the next one.
			long position = reader.position(partition);
			offsets.headSet(position).clear();
			if (!offsets.isEmpty() && offsets.first() > position) {
				reader.seek(partition, offsets.first());
			}
		}
	}

	private static ReadVisit visitOf(Object value) {
		return switch (value) {
			case VisitRecorded recorded -> new ReadVisit(recorded.getVisitId(), AvroToModel.visit(recorded.getVisit()));
			case VisitCorrected corrected ->
				new ReadVisit(corrected.getVisitId(), AvroToModel.visit(corrected.getVisit()));
			case null, default -> null;
		};
	}

	private Consumer<String, Object> consumer() {
		if (consumer == null) {
			Properties reads = new Properties();
			reads.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
			// A read wants one record and the batch around it, not megabytes of the partition.
			reads.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "65536");
			reads.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, "262144");
			reads.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
			consumer = consumers.createConsumer("site-capture-visit-reader", "visit-reader", null, reads);
		}
		return consumer;
	}

	private void closeConsumer() {
		if (consumer != null) {
			try {
				consumer.close(Duration.ofSeconds(1));
			}
			catch (RuntimeException ignored) {
				// Closing a consumer whose broker is gone; a fresh one is created on the next read.
			}
			consumer = null;
		}
	}

	@Override
	public void destroy() {
		lock.lock();
		try {
			closeConsumer();
		}
		finally {
			lock.unlock();
		}
	}

}
