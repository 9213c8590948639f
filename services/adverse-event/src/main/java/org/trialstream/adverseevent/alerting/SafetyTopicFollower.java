package org.trialstream.adverseevent.alerting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.trialstream.avro.Topics;

/**
 * Rebuilds the alert book from safety.safety-alert-raised.v1, -updated.v1, -acknowledged.v1 and -escalated.v1,
 * read from the beginning before the listeners and the web server start: that is how handled source eventIds,
 * acknowledgements and the monitors' replay log survive a restart. Then it keeps following the topics, so alerts
 * written by another instance reach this instance's monitors too (its own are already applied, by eventId).
 */
@Component
class SafetyTopicFollower implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SafetyTopicFollower.class);

	static final List<String> TOPICS = List.of(Topics.SAFETY_ALERT_RAISED, Topics.SAFETY_ALERT_UPDATED,
			Topics.SAFETY_ALERT_ACKNOWLEDGED, Topics.SAFETY_ALERT_ESCALATED);

	private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(60);

	private final KafkaProperties kafkaProperties;

	private final AlertBook book;

	private volatile boolean running;

	private KafkaConsumer<String, Object> consumer;

	private Thread follower;

	SafetyTopicFollower(KafkaProperties kafkaProperties, AlertBook book) {
		this.kafkaProperties = kafkaProperties;
		this.book = book;
	}

	@Override
	public void start() {
		Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
		config.remove(ConsumerConfig.GROUP_ID_CONFIG);
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, "adverse-event-safety-follower");
		consumer = new KafkaConsumer<>(config);
		List<TopicPartition> partitions = new ArrayList<>();
		TOPICS.forEach(topic -> consumer.partitionsFor(topic)
			.forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
		int applied = catchUp(partitions);
		log.info("alert book rebuilt from {} safety events", applied);
		running = true;
		follower = Thread.ofPlatform().daemon().name("safety-topic-follower").start(this::follow);
	}

	/** Reads to the end offsets of the start, then applies in the order the events happened. */
	private int catchUp(List<TopicPartition> partitions) {
		Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
		List<AlertChange> changes = new ArrayList<>();
		Instant deadline = Instant.now().plus(CATCH_UP_LIMIT);
		while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Could not read the safety topics to their end within " + CATCH_UP_LIMIT);
			}
			consumer.poll(Duration.ofMillis(200)).forEach(record -> collect(record, changes));
		}
		changes.sort(Comparator.comparing(AlertChange::at));
		changes.forEach(book::apply);
		return changes.size();
	}

	private void follow() {
		try {
			while (running) {
				List<AlertChange> changes = new ArrayList<>();
				consumer.poll(Duration.ofMillis(500)).forEach(record -> collect(record, changes));
				changes.forEach(book::apply);
			}
		}
		catch (WakeupException ex) {
			// stop() woke the consumer up
		}
		finally {
			consumer.close();
		}
	}

	private static void collect(ConsumerRecord<String, Object> record, List<AlertChange> changes) {
		// A value that did not deserialize is null here (ErrorHandlingDeserializer): nothing to rebuild from.
		AlertChange change = record.value() == null ? null : SafetyEventMapping.fromAvro(record.value());
		if (change != null) {
			changes.add(change);
		}
	}

	@Override
	public void stop() {
		running = false;
		if (consumer != null) {
			consumer.wakeup();
		}
		if (follower != null) {
			try {
				follower.join(Duration.ofSeconds(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Before the listener containers and the web server, which start in later phases. */
	@Override
	public int getPhase() {
		return 0;
	}

}
