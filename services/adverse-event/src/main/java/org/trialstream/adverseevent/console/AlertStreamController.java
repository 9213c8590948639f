package org.trialstream.adverseevent.console;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.trialstream.adverseevent.alerting.AlertLog;

/**
 * The Server-Sent Events stream of a monitor's alerts ({@code GET /api/v1/alerts/stream}): every raise, update,
 * acknowledgement and escalation in the monitor's trials, each with its log sequence as SSE id. A reconnecting
 * client sends Last-Event-ID (EventSource does so by itself) and first gets everything it missed; a first
 * connection may pass {@code lastEventId} from the alert list, or gets only what happens from now on.
 */
@RestController
class AlertStreamController {

	private final AlertLog log;

	private final AlertBroadcast broadcast;

	private final SseFrames frames;

	private final MonitorDirectory directory;

	AlertStreamController(AlertLog log, AlertBroadcast broadcast, SseFrames frames, MonitorDirectory directory) {
		this.log = log;
		this.broadcast = broadcast;
		this.frames = frames;
		this.directory = directory;
	}

	@GetMapping(path = "/api/v1/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
			@RequestParam(name = "lastEventId", required = false) String lastEventIdParam, Authentication user) {
		long after = position(lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam);
		SseEmitter emitter = new SseEmitter(0L);
		broadcast.open(new MonitorStream(emitter, directory.trialFilter(user), frames), after);
		return emitter;
	}

	private long position(String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank()) {
			return log.lastSequence();
		}
		try {
			return Long.parseLong(lastEventId.strip());
		}
		catch (NumberFormatException ex) {
			throw AlertsController.problem(HttpStatus.BAD_REQUEST, "Bad Last-Event-ID",
					"Last-Event-ID must be the number of an event of this stream, not '" + lastEventId + "'.");
		}
	}

}
