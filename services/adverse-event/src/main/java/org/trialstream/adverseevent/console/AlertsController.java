package org.trialstream.adverseevent.console;

import java.net.URI;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trialstream.adverseevent.alerting.Alert;
import org.trialstream.adverseevent.alerting.AlertBook;
import org.trialstream.adverseevent.alerting.AlertLog;
import org.trialstream.adverseevent.alerting.SafetyDesk;
import org.trialstream.adverseevent.console.AlertView.AcknowledgementRequest;
import org.trialstream.adverseevent.console.AlertView.AlertList;

/**
 * The alerts of the caller's trials, nearest clock due time first, and acknowledgements: a monitor acknowledging an
 * alert writes SafetyAlertAcknowledged (safety.safety-alert-acknowledged.v1) with the monitor as actor; the answer
 * comes once the broker acknowledged it.
 */
@RestController
@RequestMapping("/api/v1")
class AlertsController {

	private final AlertBook book;

	private final AlertLog log;

	private final SafetyDesk desk;

	private final MonitorDirectory directory;

	AlertsController(AlertBook book, AlertLog log, SafetyDesk desk, MonitorDirectory directory) {
		this.book = book;
		this.log = log;
		this.desk = desk;
		this.directory = directory;
	}

	@GetMapping("/alerts")
	AlertList alerts(Authentication user) {
		// Position first: a change landing in between is then both listed and replayed, never missed.
		long position = log.lastSequence();
		Predicate<String> canSeeTrial = directory.trialFilter(user);
		return new AlertList(position, book.current()
			.stream()
			.filter(alert -> canSeeTrial.test(alert.trialId()))
			.map(AlertView::of)
			.toList());
	}

	@GetMapping("/alerts/{alertId}")
	AlertView alert(@PathVariable String alertId, Authentication user) {
		return AlertView.of(visible(alertId, user));
	}

	@PostMapping(path = "/alerts/{alertId}/acknowledgements", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AlertView> acknowledge(@PathVariable String alertId,
			@RequestBody(required = false) AcknowledgementRequest request, Authentication user) {
		visible(alertId, user);
		String note = request == null || request.note() == null || request.note().isBlank() ? null : request.note();
		try {
			Alert alert = desk.acknowledge(alertId, user.getName(), directory.role(user), note)
				.orElseThrow(() -> notFound(alertId));
			return ResponseEntity.created(URI.create("/api/v1/alerts/" + alertId)).body(AlertView.of(alert));
		}
		catch (IllegalStateException ex) {
			throw problem(HttpStatus.CONFLICT, "Already acknowledged", ex.getMessage());
		}
	}

	@GetMapping("/me")
	MonitorView me(Authentication user) {
		return new MonitorView(user.getName(), directory.role(user), directory.trials(user));
	}

	/** Who is signed in, for the console's header. */
	record MonitorView(String username, String role, List<String> trials) {
	}

	/** Unknown and not-yours look the same, so ids of other trials' alerts leak nothing. */
	private Alert visible(String alertId, Authentication user) {
		return book.find(alertId).filter(alert -> directory.canSee(user, alert.trialId())).orElseThrow(() -> notFound(alertId));
	}

	private static ErrorResponseException notFound(String alertId) {
		return problem(HttpStatus.NOT_FOUND, "Alert not found", "No alert " + alertId + " in your trials.");
	}

	static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
