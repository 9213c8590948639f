package org.trialstream.outcome.unblinding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

/**
 * {@code POST /api/v1/trials/{trialId}/unblinding} (DMC or ADMIN, see the security config): records the unblinding of
 * a blinded trial with the caller as actor and their reason; 202 once the broker has the event. A repeated unblinding
 * is recorded too (the audit trail keeps every request); the report keeps the first.
 */
@RestController
class UnblindingController {

	private static final Logger log = LoggerFactory.getLogger(UnblindingController.class);

	private final TrialProtocols protocols;

	private final UnblindingPublisher publisher;

	UnblindingController(TrialProtocols protocols, UnblindingPublisher publisher) {
		this.protocols = protocols;
		this.publisher = publisher;
	}

	@PostMapping("/api/v1/trials/{trialId}/unblinding")
	ResponseEntity<UnblindingRecorded> unblind(@PathVariable String trialId, @RequestBody UnblindingRequest request,
			Authentication caller) {
		TrialProtocol protocol = protocols.get(trialId);
		if (request == null || request.reason() == null || request.reason().isBlank()) {
			throw UnblindingRejectedException.missingReason();
		}
		if (!protocol.blinded()) {
			throw UnblindingRejectedException.notBlinded(trialId);
		}
		boolean dmc = caller.getAuthorities().stream().anyMatch(a -> "ROLE_DMC".equals(a.getAuthority()));
		UnblindingRecorded recorded = publisher.publish(trialId, caller.getName(),
				dmc ? ActorRole.DMC : ActorRole.SPONSOR, request.reason().strip());
		log.info("Trial {} unblinded by {} ({}), event {}", trialId, recorded.actorId(), recorded.actorRole(),
				recorded.eventId());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(recorded);
	}

}
