package org.trialstream.outcome.api;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

/** The trials this service reports on, and who the caller is (the dashboard picks its view from both). */
@RestController
class TrialController {

	private final TrialProtocols protocols;

	TrialController(TrialProtocols protocols) {
		this.protocols = protocols;
	}

	@GetMapping("/api/v1/trials")
	List<TrialSummary> trials() {
		return protocols.all()
			.stream()
			.sorted(java.util.Comparator.comparing(TrialProtocol::trialId))
			.map(p -> new TrialSummary(p.trialId(), p.title(), p.blinded(), p.unitOfAnalysis().name(),
					p.arms().size(), p.sites().size()))
			.toList();
	}

	@GetMapping("/api/v1/me")
	Caller me(Authentication caller) {
		return new Caller(caller.getName(), OutcomeController.audience(caller).name());
	}

	/** A trial as listed: protocol-level facts only (blinding here is the protocol's, not the current state). */
	record TrialSummary(String trialId, String title, boolean blindedByProtocol, String unitOfAnalysis, int arms,
			int sites) {
	}

	record Caller(String username, String audience) {
	}

}
