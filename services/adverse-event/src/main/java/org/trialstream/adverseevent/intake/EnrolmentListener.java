package org.trialstream.adverseevent.intake;

import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.SubjectEnrolled;
import org.trialstream.avro.serde.SchemaPrefetch;

/**
 * Keeps each subject's baseline labs from capture.subject-enrolled.v1. Baselines live in memory, so this listener
 * reads its partitions from the beginning whenever it gets them; recording a baseline twice is harmless.
 */
@Component
class EnrolmentListener implements ConsumerSeekAware {

	private final SubjectBaselines baselines;

	EnrolmentListener(SubjectBaselines baselines) {
		this.baselines = baselines;
	}

	@KafkaListener(id = "adverse-event-baselines", topics = Topics.SUBJECT_ENROLLED,
			properties = SchemaPrefetch.PREFETCH_TOPICS + "=" + Topics.SUBJECT_ENROLLED)
	void onEnrolled(SubjectEnrolled event) {
		baselines.record(event.getMetadata().getTrialId(), event.getSubjectId(),
				CaptureMapping.labs(event.getBaselineLabs()));
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		callback.seekToBeginning(assignments.keySet());
	}

}
