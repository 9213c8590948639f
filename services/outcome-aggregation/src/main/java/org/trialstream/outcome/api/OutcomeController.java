package org.trialstream.outcome.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trialstream.outcome.backlog.ReportBacklog;
import org.trialstream.outcome.reporting.Audience;
import org.trialstream.outcome.reporting.ReportAccess;
import org.trialstream.outcome.reporting.ReportScope;

/**
 * A trial's outcome reports. {@code /outcomes}: the open report, pooled over arms (sponsors: small cells
 * suppressed). {@code /outcomes/closed}: by arm, for the DMC; for sponsors only once the trial is unblinded (else 403).
 * Each answer says what has yet to reach it on the instance that holds it: {@value #EVENTS_BEHIND_HEADER} (events
 * not yet read) and {@value #SUBJECTS_PENDING_HEADER} (subjects read but not yet summarised into the report). Far above
 * zero, the report is being rebuilt (or a batch load is ahead of it) and holds the data as of its {@code updatedAt}.
 */
@RestController
@RequestMapping("/api/v1/trials/{trialId}/outcomes")
class OutcomeController {

	static final String EVENTS_BEHIND_HEADER = "X-Trialstream-Events-Behind";

	static final String SUBJECTS_PENDING_HEADER = "X-Trialstream-Subjects-Pending";

	private final TrialReportLocator locator;

	private final ReportForwarder forwarder;

	private final ReportBacklog backlog;

	OutcomeController(TrialReportLocator locator, ReportForwarder forwarder, ReportBacklog backlog) {
		this.locator = locator;
		this.forwarder = forwarder;
		this.backlog = backlog;
	}

	@GetMapping
	ResponseEntity<?> open(@PathVariable String trialId, Authentication caller,
			@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestHeader(value = ReportForwarder.FORWARDED_HEADER, required = false) String forwarded) {
		return report(trialId, ReportScope.OPEN_POOLED, caller, authorization, forwarded != null,
				"/api/v1/trials/" + trialId + "/outcomes");
	}

	@GetMapping("/closed")
	ResponseEntity<?> closed(@PathVariable String trialId, Authentication caller,
			@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestHeader(value = ReportForwarder.FORWARDED_HEADER, required = false) String forwarded) {
		return report(trialId, ReportScope.CLOSED_BY_ARM, caller, authorization, forwarded != null,
				"/api/v1/trials/" + trialId + "/outcomes/closed");
	}

	private ResponseEntity<?> report(String trialId, ReportScope scope, Authentication caller, String authorization,
			boolean forwarded, String path) {
		return switch (locator.locate(trialId, forwarded)) {
			case ReportLocation.Local local -> {
				ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
				backlog.now().ifPresent(behind -> ok.header(EVENTS_BEHIND_HEADER, Long.toString(behind.eventsUnread()))
					.header(SUBJECTS_PENDING_HEADER, Long.toString(behind.subjectsPending())));
				yield ok.body(ReportAccess.view(local.report(), audience(caller), scope));
			}
			case ReportLocation.Remote remote -> forwarder.forward(remote, path, authorization);
		};
	}

	static Audience audience(Authentication caller) {
		boolean dmc = caller.getAuthorities().stream().anyMatch(a -> "ROLE_DMC".equals(a.getAuthority()));
		return dmc ? Audience.DMC : Audience.SPONSOR;
	}

}
