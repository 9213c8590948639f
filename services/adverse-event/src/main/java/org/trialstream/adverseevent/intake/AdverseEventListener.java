package org.trialstream.adverseevent.intake;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.trialstream.adverseevent.alerting.SafetyDesk;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.AdverseEventUpdated;
import org.trialstream.avro.serde.SchemaPrefetch;

/**
 * Reads initial reports (capture.adverse-event-reported.v1) and follow-ups (capture.adverse-event-updated.v1) and
 * hands the case, as it now stands, to the safety desk. The follow-up carries the complete case, so both are
 * assessed the same way; the two topics are read independently, so the desk tells a late-arriving older report by
 * its follow-up number.
 */
@Component
class AdverseEventListener {

	private final SafetyDesk desk;

	AdverseEventListener(SafetyDesk desk) {
		this.desk = desk;
	}

	@KafkaListener(id = "adverse-event-reports", topics = Topics.ADVERSE_EVENT_REPORTED,
			properties = SchemaPrefetch.PREFETCH_TOPICS + "=" + Topics.ADVERSE_EVENT_REPORTED)
	void onReported(AdverseEventReported event) {
		desk.onAdverseEvent(CaptureMapping.source(event.getMetadata(), event.getSubjectId()), CaptureMapping
			.adverseEvent(event.getMetadata(), event.getSubjectId(), event.getAdverseEventId(), 0, event.getCase$()));
	}

	@KafkaListener(id = "adverse-event-follow-ups", topics = Topics.ADVERSE_EVENT_UPDATED,
			properties = SchemaPrefetch.PREFETCH_TOPICS + "=" + Topics.ADVERSE_EVENT_UPDATED)
	void onUpdated(AdverseEventUpdated event) {
		desk.onAdverseEvent(CaptureMapping.source(event.getMetadata(), event.getSubjectId()),
				CaptureMapping.adverseEvent(event.getMetadata(), event.getSubjectId(), event.getAdverseEventId(),
						event.getFollowUpNumber(), event.getCase$()));
	}

}
