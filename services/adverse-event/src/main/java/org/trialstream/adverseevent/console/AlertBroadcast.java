package org.trialstream.adverseevent.console;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.trialstream.adverseevent.alerting.AlertLog;
import org.trialstream.adverseevent.alerting.AlertLogEntry;

/**
 * Fans the alert log out to the open monitor streams: each new entry is rendered once, on the writer's thread, and
 * the same frame is queued on every stream whose monitor may see its trial. A stream opening with a Last-Event-ID
 * is registered first and reads what it missed second, so nothing falls between the two; it drops the live frames
 * its replay already covered.
 */
@Component
class AlertBroadcast {

	private final AlertLog log;

	private final SseFrames frames;

	private final List<MonitorStream> streams = new CopyOnWriteArrayList<>();

	AlertBroadcast(AlertLog log, SseFrames frames) {
		this.log = log;
		this.frames = frames;
		log.subscribe(log.lastSequence(), this::publish);
	}

	/** Starts {@code stream} with every entry after {@code afterSequence}, then every new one. */
	void open(MonitorStream stream, long afterSequence) {
		streams.add(stream);
		stream.start(log.replay(afterSequence), () -> streams.remove(stream));
	}

	private void publish(AlertLogEntry entry) {
		if (streams.isEmpty()) {
			return;
		}
		SseFrames.SseFrame frame = frames.of(entry);
		streams.forEach(stream -> stream.offer(frame));
	}

}
