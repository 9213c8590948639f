package org.trialstream.avro;

import java.util.List;

import org.apache.avro.Schema;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.AdverseEventUpdated;
import org.trialstream.avro.capture.ProtocolDeviationRecorded;
import org.trialstream.avro.capture.SubjectEnrolled;
import org.trialstream.avro.capture.VisitCorrected;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.outcome.OutcomeSnapshot;
import org.trialstream.avro.outcome.TrialUnblinded;
import org.trialstream.avro.safety.SafetyAlertAcknowledged;
import org.trialstream.avro.safety.SafetyAlertEscalated;
import org.trialstream.avro.safety.SafetyAlertRaised;
import org.trialstream.avro.safety.SafetyAlertUpdated;

/**
 * Every topic with the one Avro value type written to it. The launcher and the test kit create the topics and
 * register the value schemas (subject {@code <topic>-value}) from this list, so it is the single place to add one.
 */
public final class TopicCatalog {

	/** A topic, its value schema and whether it holds clinical records (kept forever, never compacted). */
	public record Entry(String topic, Schema valueSchema, boolean clinicalRecord) {

		/** Registry subject of the value schema (TopicNameStrategy). */
		public String valueSubject() {
			return topic + "-value";
		}

	}

	public static final List<Entry> ENTRIES = List.of(
			new Entry(Topics.SUBJECT_ENROLLED, SubjectEnrolled.getClassSchema(), true),
			new Entry(Topics.VISIT_RECORDED, VisitRecorded.getClassSchema(), true),
			new Entry(Topics.VISIT_CORRECTED, VisitCorrected.getClassSchema(), true),
			new Entry(Topics.PROTOCOL_DEVIATION_RECORDED, ProtocolDeviationRecorded.getClassSchema(), true),
			new Entry(Topics.ADVERSE_EVENT_REPORTED, AdverseEventReported.getClassSchema(), true),
			new Entry(Topics.ADVERSE_EVENT_UPDATED, AdverseEventUpdated.getClassSchema(), true),
			new Entry(Topics.SAFETY_ALERT_RAISED, SafetyAlertRaised.getClassSchema(), true),
			new Entry(Topics.SAFETY_ALERT_UPDATED, SafetyAlertUpdated.getClassSchema(), true),
			new Entry(Topics.SAFETY_ALERT_ACKNOWLEDGED, SafetyAlertAcknowledged.getClassSchema(), true),
			new Entry(Topics.SAFETY_ALERT_ESCALATED, SafetyAlertEscalated.getClassSchema(), true),
			new Entry(Topics.OUTCOME_SNAPSHOT, OutcomeSnapshot.getClassSchema(), false),
			new Entry(Topics.TRIAL_UNBLINDED, TrialUnblinded.getClassSchema(), true));

	/** Topics that consumers dead-letter poison pills to. */
	public static final List<String> DEAD_LETTER_TOPICS = List.of(Topics.deadLetter(Topics.SUBJECT_ENROLLED),
			Topics.deadLetter(Topics.VISIT_RECORDED), Topics.deadLetter(Topics.VISIT_CORRECTED),
			Topics.deadLetter(Topics.ADVERSE_EVENT_REPORTED), Topics.deadLetter(Topics.ADVERSE_EVENT_UPDATED),
			Topics.deadLetter(Topics.SAFETY_ALERT_ACKNOWLEDGED));

	private TopicCatalog() {
	}

}
