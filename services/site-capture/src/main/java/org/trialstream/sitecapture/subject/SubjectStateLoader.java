package org.trialstream.sitecapture.subject;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.AdverseEventUpdated;
import org.trialstream.avro.capture.SubjectEnrolled;
import org.trialstream.avro.capture.VisitCorrected;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.protocol.TrialProtocols;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.events.AvroToModel;
import org.trialstream.sitecapture.events.StoredAt;
import org.trialstream.sitecapture.model.Subject;
import org.trialstream.sitecapture.model.WindowStatus;

/**
 * Before the HTTP port opens, reads the capture topics from the beginning to their current end and rebuilds the
 * {@link SubjectRegistry}: subjects (and so the next subject number and randomisation position per site), visits
 * with their corrections, adverse events with their follow-ups. Topics are read one after another in that order, so
 * a correction always finds its visit. Reads capture.subject-enrolled.v1, capture.visit-recorded.v1,
 * capture.visit-corrected.v1, capture.adverse-event-reported.v1, capture.adverse-event-updated.v1.
 */
@Component
class SubjectStateLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SubjectStateLoader.class);

	private final ConsumerFactory<String, Object> consumers;

	private final KafkaAdmin admin;

	private final SubjectRegistry registry;

	private final TrialProtocols protocols;

	private final Duration timeout;

	SubjectStateLoader(ConsumerFactory<String, Object> consumers, KafkaAdmin admin, SubjectRegistry registry,
			TrialProtocols protocols, SiteCaptureProperties properties) {
		this.consumers = consumers;
		this.admin = admin;
		this.registry = registry;
		this.protocols = protocols;
		this.timeout = properties.stateRebuildTimeout();
	}

	@Override
	public void afterSingletonsInstantiated() {
		// On a fresh broker the capture topics this service declares may not exist yet: create them first.
		admin.initialize();
		long deadline = System.nanoTime() + timeout.toNanos();
		Properties noCommits = new Properties();
		noCommits.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		try (Consumer<String, Object> consumer = consumers.createConsumer("site-capture-state", "state-loader", null,
				noCommits)) {
			int records = 0;
			for (String topic : List.of(Topics.SUBJECT_ENROLLED, Topics.VISIT_RECORDED, Topics.VISIT_CORRECTED,
					Topics.ADVERSE_EVENT_REPORTED, Topics.ADVERSE_EVENT_UPDATED)) {
				records += readToEnd(consumer, topic, deadline);
			}
			log.info("Rebuilt subject state from {} capture events", records);
		}
	}

	private int readToEnd(Consumer<String, Object> consumer, String topic, long deadline) {
		List<TopicPartition> partitions = new ArrayList<>();
		consumer.partitionsFor(topic, remaining(deadline))
			.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
		Map<TopicPartition, Long> end = consumer.endOffsets(partitions, remaining(deadline));
		int count = 0;
		while (!reachedEnd(consumer, end)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Capture topics not read back within " + timeout);
			}
			for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
				apply(record.value(), new StoredAt(record.topic(), record.partition(), record.offset()));
				count++;
			}
		}
		return count;
	}

	private static boolean reachedEnd(Consumer<String, Object> consumer, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
	}

	private Duration remaining(long deadline) {
		return Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
	}

	/** Applies one event; poison pills (null after the error-handling deserializer) are skipped. */
	private void apply(Object value, StoredAt storedAt) {
		switch (value) {
			// Strings shared by many subjects are interned: a restart over 100,000 subjects holds each once.
			case SubjectEnrolled event when protocols.find(event.getMetadata().getTrialId()).isPresent() ->
				registry.enrolled(new Subject(event.getMetadata().getTrialId().intern(),
						event.getMetadata().getSiteId().intern(), event.getSubjectId(), event.getEnrolmentDate(),
						event.getAgeYears(), event.getLimbs().stream().map(AvroToModel::limb).toList(),
						event.getAllocation().getArmCode().intern(), event.getAllocation().getKitNumber()));
			case VisitRecorded event -> subject(event.getMetadata().getTrialId(), event.getSubjectId())
				.ifPresent(state -> state.put(HeldVisit.recorded(event.getVisitId(), event.getVisit().getStudyDay(),
						windowStatus(event.getWindowStatus()), storedAt)));
			case VisitCorrected event -> subject(event.getMetadata().getTrialId(), event.getSubjectId())
				.ifPresent(state -> state.visit(event.getVisitId())
					.ifPresent(visit -> state.put(visit.corrected(event.getCorrectionNumber(),
							event.getVisit().getStudyDay(), visit.windowStatus(), storedAt))));
			case AdverseEventReported event -> subject(event.getMetadata().getTrialId(), event.getSubjectId())
				.ifPresent(state -> state.put(new ReportedAdverseEvent(event.getAdverseEventId(),
						event.getMetadata().getEventId(), 0, AvroToModel.adverseEvent(event.getCase$()))));
			case AdverseEventUpdated event -> subject(event.getMetadata().getTrialId(), event.getSubjectId())
				.ifPresent(state -> state.adverseEvent(event.getAdverseEventId())
					.ifPresent(ae -> state.put(new ReportedAdverseEvent(ae.adverseEventId(),
							ae.initialReportEventId(), event.getFollowUpNumber(),
							AvroToModel.adverseEvent(event.getCase$())))));
			case null, default -> {
			}
		}
	}

	private Optional<SubjectState> subject(String trialId, String subjectId) {
		return registry.find(trialId, subjectId);
	}

	private static WindowStatus windowStatus(org.trialstream.avro.capture.WindowStatus status) {
		try {
			return WindowStatus.valueOf(status.name());
		}
		catch (IllegalArgumentException ex) {
			return WindowStatus.UNSCHEDULED;
		}
	}

}
