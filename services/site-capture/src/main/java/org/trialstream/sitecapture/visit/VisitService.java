package org.trialstream.sitecapture.visit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.sitecapture.editcheck.EditCheckException;
import org.trialstream.sitecapture.editcheck.EditCheckException.Kind;
import org.trialstream.sitecapture.editcheck.LabChecks;
import org.trialstream.sitecapture.editcheck.Violations;
import org.trialstream.sitecapture.events.CaptureEventPublisher;
import org.trialstream.sitecapture.events.CaptureEvents;
import org.trialstream.sitecapture.events.EventContext;
import org.trialstream.sitecapture.events.OutgoingEvent;
import org.trialstream.sitecapture.events.StoredAt;
import org.trialstream.sitecapture.model.FieldChange;
import org.trialstream.sitecapture.model.Subject;
import org.trialstream.sitecapture.model.Visit;
import org.trialstream.sitecapture.model.WindowStatus;
import org.trialstream.sitecapture.security.Actor;
import org.trialstream.sitecapture.subject.HeldVisit;
import org.trialstream.sitecapture.subject.RecordedVisit;
import org.trialstream.sitecapture.subject.RecordedVisits;
import org.trialstream.sitecapture.subject.SubjectLookup;
import org.trialstream.sitecapture.subject.SubjectState;
import org.trialstream.sitecapture.web.NotFoundException;

/**
 * Records and corrects visits. A visit that passes the edit checks is written to capture.visit-recorded.v1; if it
 * falls outside its window it is still accepted and a capture.protocol-deviation-recorded.v1 is written with it. A
 * correction writes capture.visit-corrected.v1 with the reason, the changed fields and the complete visit.
 */
@Service
public class VisitService {

	private final SubjectLookup lookup;

	private final CaptureEventPublisher publisher;

	private final Clock clock;

	private final RecordedVisits recordedVisits;

	public VisitService(SubjectLookup lookup, CaptureEventPublisher publisher, RecordedVisits recordedVisits,
			Clock clock) {
		this.lookup = lookup;
		this.publisher = publisher;
		this.recordedVisits = recordedVisits;
		this.clock = clock;
	}

	/** A checked visit with its events (the visit first), ready to be written. */
	record PreparedVisit(SubjectState state, List<OutgoingEvent> events, VisitResponse response) {

		/** The same visit without its events, once they are with the producer. */
		PreparedVisit withoutEvents() {
			return new PreparedVisit(state, List.of(), response);
		}

		/** Holds the written visit: its id, facts and where the broker stored it, not its content. */
		void hold(StoredAt visitStoredAt) {
			state.put(HeldVisit.recorded(response.visitId(), response.studyDay(), response.windowStatus(),
					visitStoredAt));
		}

	}

	public VisitResponse record(Actor actor, String trialId, String subjectId, Visit visit, String idempotencyKey) {
		PreparedVisit prepared = prepare(actor, trialId, subjectId, visit, idempotencyKey, "");
		prepared.hold(publisher.publish(prepared.events()).getFirst());
		return prepared.response();
	}

	/** Access and edit checks, then the events to write; throws as the single-visit endpoint answers. */
	PreparedVisit prepare(Actor actor, String trialId, String subjectId, Visit visit, String idempotencyKey,
			String pathPrefix) {
		SubjectState state = lookup.forWrite(actor, trialId, subjectId);
		TrialProtocol protocol = lookup.protocol(trialId);
		Subject subject = state.subject();
		Instant now = clock.instant();
		VisitEditChecks.check(visit, pathPrefix, protocol, subject, now.atOffset(ZoneOffset.UTC).toLocalDate())
			.throwIfAny(Kind.EDIT_CHECK);
		Visit stored = visit.withLabs(LabChecks.withNormalRanges(visit.labs(), protocol, subject.siteId()));
		int studyDay = VisitWindows.studyDay(subject.enrolmentDate(), visit.visitDate());
		WindowStatus status = VisitWindows.status(protocol, visit.visitCode(), studyDay);
		String visitId = UUID.randomUUID().toString();
		EventContext context = EventContext.of(trialId, subject.siteId(), actor, idempotencyKey, now);
		List<OutgoingEvent> events = new ArrayList<>();
		events.add(CaptureEvents.visitRecorded(context, subjectId, visitId, studyDay, status, stored));
		String deviation = null;
		if (status.deviates()) {
			deviation = VisitWindows.deviation(protocol, visit.visitCode(), studyDay, status);
			events.add(CaptureEvents.deviationRecorded(context, subjectId, visitId,
					visit.visitDate().atStartOfDay(ZoneOffset.UTC).toInstant(), deviation));
		}
		return new PreparedVisit(state, events, new VisitResponse(subjectId, visitId, visit.visitCode(), studyDay, status, deviation));
	}

	public CorrectionResponse correct(Actor actor, String trialId, String subjectId, String visitId,
			CorrectionRequest request, String idempotencyKey) {
		SubjectState state = lookup.forWrite(actor, trialId, subjectId);
		TrialProtocol protocol = lookup.protocol(trialId);
		// Under the subject's lock: the correction number is the visit's count of corrections plus one.
		return state.locked(() -> {
			HeldVisit recorded = state.visit(visitId)
				.orElseThrow(() -> new NotFoundException("No visit " + visitId + " for " + subjectId));
			Subject subject = state.subject();
			Instant now = clock.instant();
			Violations violations = new Violations();
			violations.required("reason", request.reason());
			violations.maxLength("reason", request.reason(), 2000);
			if (violations.required("visit", request.visit())) {
				violations.addAll(VisitEditChecks.check(request.visit(), "visit.", protocol, subject,
						now.atOffset(ZoneOffset.UTC).toLocalDate()));
			}
			violations.throwIfAny(Kind.EDIT_CHECK);
			Visit corrected = request.visit()
				.withLabs(LabChecks.withNormalRanges(request.visit().labs(), protocol, subject.siteId()));
			// The recorded content is read back from the topic: the service holds where it is, not what it is.
			List<FieldChange> changes = VisitChanges.between(recordedVisits.complete(recorded).visit(), corrected);
			if (changes.isEmpty()) {
				throw EditCheckException.single("visit", "correction.no-change",
						"the corrected visit must differ from the recorded one");
			}
			int studyDay = VisitWindows.studyDay(subject.enrolmentDate(), corrected.visitDate());
			WindowStatus status = VisitWindows.status(protocol, corrected.visitCode(), studyDay);
			int number = recorded.corrections() + 1;
			EventContext context = EventContext.of(trialId, subject.siteId(), actor, idempotencyKey, now);
			List<OutgoingEvent> events = new ArrayList<>();
			events.add(CaptureEvents.visitCorrected(context, subjectId, visitId, number, request.reason(), changes,
					corrected, studyDay));
			if (status.deviates() && (status != recorded.windowStatus() || studyDay != recorded.studyDay())) {
				events.add(CaptureEvents.deviationRecorded(context, subjectId, visitId,
						corrected.visitDate().atStartOfDay(ZoneOffset.UTC).toInstant(),
						VisitWindows.deviation(protocol, corrected.visitCode(), studyDay, status)));
			}
			StoredAt correctedAt = publisher.publish(events).getFirst();
			state.put(recorded.corrected(number, studyDay, status, correctedAt));
			return new CorrectionResponse(visitId, number, changes);
		});
	}

	public RecordedVisit find(Actor actor, String trialId, String subjectId, String visitId) {
		HeldVisit held = lookup.forRead(actor, trialId, subjectId)
			.visit(visitId)
			.orElseThrow(() -> new NotFoundException("No visit " + visitId + " for " + subjectId));
		return recordedVisits.complete(held);
	}

}
