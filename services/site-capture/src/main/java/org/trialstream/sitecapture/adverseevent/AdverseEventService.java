package org.trialstream.sitecapture.adverseevent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.trialstream.sitecapture.editcheck.EditCheckException.Kind;
import org.trialstream.sitecapture.editcheck.Violations;
import org.trialstream.sitecapture.events.CaptureEventPublisher;
import org.trialstream.sitecapture.events.CaptureEvents;
import org.trialstream.sitecapture.events.EventContext;
import org.trialstream.sitecapture.events.OutgoingEvent;
import org.trialstream.sitecapture.model.AdverseEventCase;
import org.trialstream.sitecapture.security.Actor;
import org.trialstream.sitecapture.subject.ReportedAdverseEvent;
import org.trialstream.sitecapture.subject.SubjectLookup;
import org.trialstream.sitecapture.subject.SubjectState;
import org.trialstream.sitecapture.web.NotFoundException;

/**
 * Reports adverse events (capture.adverse-event-reported.v1) and their follow-ups
 * (capture.adverse-event-updated.v1, numbered per case, referring to the initial report's eventId).
 */
@Service
public class AdverseEventService {

	private final SubjectLookup lookup;

	private final CaptureEventPublisher publisher;

	private final Clock clock;

	public AdverseEventService(SubjectLookup lookup, CaptureEventPublisher publisher, Clock clock) {
		this.lookup = lookup;
		this.publisher = publisher;
		this.clock = clock;
	}

	public AdverseEventResponse report(Actor actor, String trialId, String subjectId, AdverseEventCase adverseEvent,
			String idempotencyKey) {
		SubjectState state = lookup.forWrite(actor, trialId, subjectId);
		Instant now = clock.instant();
		AdverseEventChecks.check(adverseEvent, "", state.subject(), now).throwIfAny(Kind.EDIT_CHECK);
		String adverseEventId = UUID.randomUUID().toString();
		EventContext context = EventContext.of(trialId, state.subject().siteId(), actor, idempotencyKey, now);
		OutgoingEvent event = CaptureEvents.adverseEventReported(context, subjectId, adverseEventId, adverseEvent);
		publisher.publish(List.of(event));
		state.put(new ReportedAdverseEvent(adverseEventId, event.eventId(), 0, adverseEvent));
		return new AdverseEventResponse(subjectId, adverseEventId, 0);
	}

	public AdverseEventResponse followUp(Actor actor, String trialId, String subjectId, String adverseEventId,
			FollowUpRequest request, String idempotencyKey) {
		SubjectState state = lookup.forWrite(actor, trialId, subjectId);
		// Under the subject's lock: the follow-up number is the case's count of follow-ups plus one.
		return state.locked(() -> {
			ReportedAdverseEvent reported = state.adverseEvent(adverseEventId)
				.orElseThrow(() -> new NotFoundException("No adverse event " + adverseEventId + " for " + subjectId));
			Instant now = clock.instant();
			Violations violations = new Violations();
			violations.required("reason", request.reason());
			violations.maxLength("reason", request.reason(), AdverseEventChecks.MAX_TEXT);
			if (violations.required("adverseEvent", request.adverseEvent())) {
				violations.addAll(AdverseEventChecks.check(request.adverseEvent(), "adverseEvent.", state.subject(), now));
			}
			violations.throwIfAny(Kind.EDIT_CHECK);
			int number = reported.followUps() + 1;
			EventContext context = EventContext.of(trialId, state.subject().siteId(), actor, idempotencyKey, now);
			publisher.publish(List.of(CaptureEvents.adverseEventUpdated(context, subjectId, adverseEventId, number,
					reported.initialReportEventId(), request.reason(), request.adverseEvent())));
			state.put(reported.followedUp(request.adverseEvent()));
			return new AdverseEventResponse(subjectId, adverseEventId, number);
		});
	}

}
