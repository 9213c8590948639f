package org.trialstream.adverseevent.console;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;
import org.trialstream.adverseevent.alerting.AlertLogEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders an alert log entry as the complete Server-Sent Events frame monitors receive ({@code id}, {@code event},
 * one {@code data} line of JSON). A live entry is rendered once and its bytes are written to every stream, so 100
 * connected monitors cost one JSON serialisation, not 100.
 */
@Component
class SseFrames {

	private final JsonMapper jsonMapper;

	SseFrames(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	SseFrame of(AlertLogEntry entry) {
		String name = entry.type().eventName();
		// Compact JSON escapes every line break, so the data fits on the one line SSE needs.
		String json = jsonMapper.writeValueAsString(
				new AlertView.StreamEvent(entry.sequence(), name, entry.eventId(), AlertView.of(entry.alert())));
		String frame = "id:" + entry.sequence() + "\nevent:" + name + "\ndata:" + json + "\n\n";
		return new SseFrame(entry.sequence(), entry.alert().trialId(), frame.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * One rendered frame.
	 *
	 * @param sequence the log sequence (the SSE id)
	 * @param trialId the alert's trial, which decides who may see it
	 * @param bytes the frame as written to the stream, shared by every stream: never modified
	 */
	record SseFrame(long sequence, String trialId, byte[] bytes) {
	}

}
