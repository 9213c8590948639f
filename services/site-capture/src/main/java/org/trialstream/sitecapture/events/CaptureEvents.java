package org.trialstream.sitecapture.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.AdverseEventUpdated;
import org.trialstream.avro.capture.Allocation;
import org.trialstream.avro.capture.DeviationKind;
import org.trialstream.avro.capture.ProtocolDeviationRecorded;
import org.trialstream.avro.capture.SubjectEnrolled;
import org.trialstream.avro.capture.VisitCorrected;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.sitecapture.model.AdverseEventCase;
import org.trialstream.sitecapture.model.Lab;
import org.trialstream.sitecapture.model.Visit;
import org.trialstream.sitecapture.model.WindowStatus;
import org.trialstream.sitecapture.model.Subject;
import org.trialstream.sitecapture.model.FieldChange;

/**
 * Builds the capture events from the model, stamping the metadata from the server-side {@link EventContext}: a fresh
 * eventId, occurredAt (when it happened in the world) and recordedAt in UTC, the subject's site and the
 * authenticated actor.
 */
public final class CaptureEvents {

	static final String SOURCE = "site-capture";

	private CaptureEvents() {
	}

	public static OutgoingEvent subjectEnrolled(EventContext context, Subject subject, List<Lab> baselineLabs) {
		UUID eventId = UUID.randomUUID();
		SubjectEnrolled event = SubjectEnrolled.newBuilder()
			.setMetadata(metadata(context, eventId, startOfDay(subject.enrolmentDate())))
			.setSubjectId(subject.subjectId())
			.setEnrolmentDate(subject.enrolmentDate())
			.setAllocation(Allocation.newBuilder()
				.setArmCode(subject.armCode())
				.setKitNumber(subject.kitNumber())
				.build())
			.setLimbs(subject.limbs().stream().map(ModelToAvro::limb).toList())
			.setBaselineLabs(baselineLabs.stream().map(ModelToAvro::lab).toList())
			.setAgeYears(subject.ageYears())
			.build();
		return new OutgoingEvent(Topics.SUBJECT_ENROLLED, key(context, subject.subjectId()), eventId, event);
	}

	public static OutgoingEvent visitRecorded(EventContext context, String subjectId, String visitId, int studyDay,
			WindowStatus windowStatus, Visit visit) {
		UUID eventId = UUID.randomUUID();
		VisitRecorded event = VisitRecorded.newBuilder()
			.setMetadata(metadata(context, eventId, startOfDay(visit.visitDate())))
			.setSubjectId(subjectId)
			.setVisitId(visitId)
			.setWindowStatus(AvroEnums.convert(windowStatus, org.trialstream.avro.capture.WindowStatus.class))
			.setVisit(ModelToAvro.visit(visit, studyDay))
			.build();
		return new OutgoingEvent(Topics.VISIT_RECORDED, key(context, subjectId), eventId, event);
	}

	public static OutgoingEvent deviationRecorded(EventContext context, String subjectId, String visitId,
			Instant occurredAt, String description) {
		UUID eventId = UUID.randomUUID();
		ProtocolDeviationRecorded event = ProtocolDeviationRecorded.newBuilder()
			.setMetadata(metadata(context, eventId, occurredAt))
			.setSubjectId(subjectId)
			.setVisitId(visitId)
			.setKind(DeviationKind.VISIT_OUT_OF_WINDOW)
			.setDescription(description)
			.build();
		return new OutgoingEvent(Topics.PROTOCOL_DEVIATION_RECORDED, key(context, subjectId), eventId, event);
	}

	public static OutgoingEvent visitCorrected(EventContext context, String subjectId, String visitId,
			int correctionNumber, String reason, List<FieldChange> changes, Visit corrected, int studyDay) {
		UUID eventId = UUID.randomUUID();
		VisitCorrected event = VisitCorrected.newBuilder()
			.setMetadata(metadata(context, eventId, context.recordedAt()))
			.setSubjectId(subjectId)
			.setVisitId(visitId)
			.setCorrectionNumber(correctionNumber)
			.setReason(reason)
			.setChanges(changes.stream()
				.map(change -> org.trialstream.avro.capture.FieldChange.newBuilder()
					.setPath(change.path())
					.setPreviousValue(change.previousValue())
					.setNewValue(change.newValue())
					.build())
				.toList())
			.setVisit(ModelToAvro.visit(corrected, studyDay))
			.build();
		return new OutgoingEvent(Topics.VISIT_CORRECTED, key(context, subjectId), eventId, event);
	}

	public static OutgoingEvent adverseEventReported(EventContext context, String subjectId, String adverseEventId,
			AdverseEventCase adverseEvent) {
		UUID eventId = UUID.randomUUID();
		AdverseEventReported event = AdverseEventReported.newBuilder()
			.setMetadata(metadata(context, eventId, startOfDay(adverseEvent.onsetDate())))
			.setSubjectId(subjectId)
			.setAdverseEventId(adverseEventId)
			.setCase$(ModelToAvro.adverseEvent(adverseEvent))
			.build();
		return new OutgoingEvent(Topics.ADVERSE_EVENT_REPORTED, key(context, subjectId), eventId, event);
	}

	public static OutgoingEvent adverseEventUpdated(EventContext context, String subjectId, String adverseEventId,
			int followUpNumber, UUID initialReportEventId, String reason, AdverseEventCase adverseEvent) {
		UUID eventId = UUID.randomUUID();
		AdverseEventUpdated event = AdverseEventUpdated.newBuilder()
			.setMetadata(metadata(context, eventId, context.recordedAt()))
			.setSubjectId(subjectId)
			.setAdverseEventId(adverseEventId)
			.setFollowUpNumber(followUpNumber)
			.setInitialReportEventId(initialReportEventId)
			.setReason(reason)
			.setCase$(ModelToAvro.adverseEvent(adverseEvent))
			.build();
		return new OutgoingEvent(Topics.ADVERSE_EVENT_UPDATED, key(context, subjectId), eventId, event);
	}

	private static EventMetadata metadata(EventContext context, UUID eventId, Instant occurredAt) {
		return EventMetadata.newBuilder()
			.setEventId(eventId)
			.setOccurredAt(occurredAt)
			.setRecordedAt(context.recordedAt())
			.setSource(SOURCE)
			.setTrialId(context.trialId())
			.setSiteId(context.siteId())
			.setActor(org.trialstream.avro.common.Actor.newBuilder()
				.setId(context.actor().id())
				.setRole(AvroEnums.convert(context.actor().role(), ActorRole.class))
				.build())
			.setCorrelationId(context.correlationId())
			.build();
	}

	private static Instant startOfDay(LocalDate date) {
		return date.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static String key(EventContext context, String subjectId) {
		return Topics.subjectKey(context.trialId(), subjectId);
	}

}
