package org.trialstream.adverseevent.flow;

import java.net.URI;

import org.trialstream.testkit.SseClient;

/** A monitor's connection to this service's alert stream, as a local development user. */
final class MonitorStreams {

	private MonitorStreams() {
	}

	/** @param lastEventId the last event seen before, to be sent what was missed; null for a first connection */
	static SseClient connect(int port, String user, String lastEventId) {
		return SseClient.connect(URI.create("http://127.0.0.1:" + port + "/api/v1/alerts/stream"),
				SseClient.basic(user), lastEventId);
	}

}
