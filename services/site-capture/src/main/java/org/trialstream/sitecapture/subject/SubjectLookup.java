package org.trialstream.sitecapture.subject;

import org.springframework.stereotype.Component;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;
import org.trialstream.sitecapture.security.Actor;
import org.trialstream.sitecapture.security.ForbiddenException;
import org.trialstream.sitecapture.security.SubjectAccess;
import org.trialstream.sitecapture.web.NotFoundException;

/**
 * Finds a trial's protocol and a subject for an actor, applying {@link SubjectAccess}: 403 (the same body whether
 * or not the subject exists) or 404 before any feature sees the request.
 */
@Component
public class SubjectLookup {

	private final TrialProtocols protocols;

	private final SubjectRegistry registry;

	public SubjectLookup(TrialProtocols protocols, SubjectRegistry registry) {
		this.protocols = protocols;
		this.registry = registry;
	}

	/** The trial's protocol; 404 for a trial the platform does not run. */
	public TrialProtocol protocol(String trialId) {
		return protocols.find(trialId).orElseThrow(() -> new NotFoundException("No trial " + trialId));
	}

	public SubjectState forRead(Actor actor, String trialId, String subjectId) {
		return find(actor, false, trialId, subjectId);
	}

	public SubjectState forWrite(Actor actor, String trialId, String subjectId) {
		return find(actor, true, trialId, subjectId);
	}

	private SubjectState find(Actor actor, boolean write, String trialId, String subjectId) {
		protocol(trialId);
		var state = registry.find(trialId, subjectId);
		return switch (SubjectAccess.decide(actor, write, trialId, subjectId,
				state.map(found -> found.subject().siteId()))) {
			case ALLOWED -> state.orElseThrow();
			case FORBIDDEN -> throw new ForbiddenException();
			case NOT_FOUND -> throw new NotFoundException("No subject " + subjectId + " in " + trialId);
		};
	}

}
