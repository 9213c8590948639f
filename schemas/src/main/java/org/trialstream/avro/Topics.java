package org.trialstream.avro;

/**
 * Topic names of the platform: {@code <context>.<event-in-kebab-case>.v<major>}. Every topic's key is
 * {@code trialId:subjectId} (trial-level events use {@code trialId:*}) so that one subject's events stay in order.
 * A breaking change is a new type on a {@code .v2} topic, never an edit.
 */
public final class Topics {

	public static final String SUBJECT_ENROLLED = "capture.subject-enrolled.v1";

	public static final String VISIT_RECORDED = "capture.visit-recorded.v1";

	public static final String VISIT_CORRECTED = "capture.visit-corrected.v1";

	public static final String PROTOCOL_DEVIATION_RECORDED = "capture.protocol-deviation-recorded.v1";

	public static final String ADVERSE_EVENT_REPORTED = "capture.adverse-event-reported.v1";

	public static final String ADVERSE_EVENT_UPDATED = "capture.adverse-event-updated.v1";

	public static final String SAFETY_ALERT_RAISED = "safety.safety-alert-raised.v1";

	public static final String SAFETY_ALERT_UPDATED = "safety.safety-alert-updated.v1";

	public static final String SAFETY_ALERT_ACKNOWLEDGED = "safety.safety-alert-acknowledged.v1";

	public static final String SAFETY_ALERT_ESCALATED = "safety.safety-alert-escalated.v1";

	public static final String OUTCOME_SNAPSHOT = "outcome.outcome-snapshot.v1";

	public static final String TRIAL_UNBLINDED = "outcome.trial-unblinded.v1";

	/** Spring Kafka's default dead-letter topic name for a topic. */
	public static String deadLetter(String topic) {
		return topic + "-dlt";
	}

	/** The record key of everything about one subject. */
	public static String subjectKey(String trialId, String subjectId) {
		return trialId + ":" + subjectId;
	}

	/** The record key of trial-level events (unblinding, pooled snapshots). */
	public static String trialKey(String trialId) {
		return trialId + ":*";
	}

	private Topics() {
	}

}
