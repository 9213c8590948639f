package org.trialstream.sitecapture.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.editcheck.EditCheckException.Kind;
import org.trialstream.sitecapture.editcheck.LabChecks;
import org.trialstream.sitecapture.events.CaptureEventPublisher;
import org.trialstream.sitecapture.events.CaptureEvents;
import org.trialstream.sitecapture.events.EventContext;
import org.trialstream.sitecapture.model.Subject;
import org.trialstream.sitecapture.security.Actor;
import org.trialstream.sitecapture.security.ForbiddenException;
import org.trialstream.sitecapture.security.SubjectAccess;
import org.trialstream.sitecapture.subject.SubjectLookup;
import org.trialstream.sitecapture.subject.SubjectNumbers;
import org.trialstream.sitecapture.subject.SubjectRegistry;

/**
 * Enrols a subject at the actor's own site: edit checks, eligibility, the site's next subject number, the arm at
 * that position of the site's randomisation list, then capture.subject-enrolled.v1 acknowledged by the broker.
 */
@Service
public class EnrolmentService {

	private final SubjectLookup lookup;

	private final SubjectRegistry registry;

	private final CaptureEventPublisher publisher;

	private final Clock clock;

	private final String randomisationSeed;

	private final Map<String, RandomisationList> lists = new ConcurrentHashMap<>();

	public EnrolmentService(SubjectLookup lookup, SubjectRegistry registry, CaptureEventPublisher publisher,
			Clock clock, SiteCaptureProperties properties) {
		this.lookup = lookup;
		this.registry = registry;
		this.publisher = publisher;
		this.clock = clock;
		this.randomisationSeed = properties.randomisationSeed();
	}

	public EnrolmentResponse enrol(Actor actor, String trialId, EnrolmentRequest request, String idempotencyKey) {
		TrialProtocol protocol = lookup.protocol(trialId);
		if (!SubjectAccess.mayEnrol(actor, trialId) || !protocol.hasSite(actor.siteId())) {
			throw new ForbiddenException();
		}
		String siteId = actor.siteId();
		Instant now = clock.instant();
		EligibilityRules.editChecks(request, protocol, siteId, now.atOffset(ZoneOffset.UTC).toLocalDate())
			.throwIfAny(Kind.EDIT_CHECK);
		EligibilityRules.eligibility(request, protocol).throwIfAny(Kind.NOT_ELIGIBLE);

		int number = registry.takeNextSubjectNumber(trialId, siteId);
		String subjectId = SubjectNumbers.subjectId(siteId, number);
		String arm = lists
			.computeIfAbsent(trialId + "/" + siteId,
					key -> new RandomisationList(protocol.arms(), randomisationSeed, trialId, siteId))
			.armFor(number);
		String kit = protocol.blinded() ? KitNumbers.kitNumber(randomisationSeed, trialId, subjectId) : null;
		Subject subject = new Subject(trialId, siteId, subjectId, request.enrolmentDate(), request.ageYears(),
				request.limbs(), arm, kit);
		EventContext context = EventContext.of(trialId, siteId, actor, idempotencyKey, now);
		publisher.publish(List.of(CaptureEvents.subjectEnrolled(context, subject,
				LabChecks.withNormalRanges(request.screeningLabs(), protocol, siteId))));
		registry.enrolled(subject);
		return EnrolmentResponse.of(subject, protocol.blinded());
	}

}
