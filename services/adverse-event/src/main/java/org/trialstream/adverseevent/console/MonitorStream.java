package org.trialstream.adverseevent.console;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.trialstream.adverseevent.alerting.AlertLog;
import org.trialstream.adverseevent.alerting.AlertLogEntry;
import org.trialstream.adverseevent.console.SseFrames.SseFrame;

/**
 * One monitor's SSE connection. It first sends what the monitor missed (rendered for this stream alone), then the
 * live frames of the monitor's trials, which the broadcast queues without ever blocking the writer and this stream
 * sends from its own virtual thread as the bytes they were rendered to. A comment every {@link #KEEP_ALIVE} keeps
 * proxies from closing an idle stream and reveals a client that went away.
 */
final class MonitorStream {

	static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

	private final SseEmitter emitter;

	private final Predicate<String> canSeeTrial;

	private final SseFrames frames;

	private final BlockingQueue<SseFrame> queue = new LinkedBlockingQueue<>();

	private volatile boolean open = true;

	private volatile Runnable onClose = () -> {
	};

	MonitorStream(SseEmitter emitter, Predicate<String> canSeeTrial, SseFrames frames) {
		this.emitter = emitter;
		this.canSeeTrial = canSeeTrial;
		this.frames = frames;
		emitter.onCompletion(this::close);
		emitter.onTimeout(this::close);
		emitter.onError(error -> close());
	}

	/** Called on the log writer's thread: must not block. */
	void offer(SseFrame frame) {
		if (open && canSeeTrial.test(frame.trialId())) {
			queue.offer(frame);
		}
	}

	void start(AlertLog.Replay missed, Runnable onClose) {
		this.onClose = onClose;
		if (!open) {
			onClose.run();
			return;
		}
		Thread.ofVirtual().name("monitor-stream").start(() -> send(missed));
	}

	private void send(AlertLog.Replay missed) {
		try {
			emitter.send(SseEmitter.event().comment("connected"));
			for (AlertLogEntry entry : missed.entries()) {
				if (canSeeTrial.test(entry.alert().trialId())) {
					write(frames.of(entry));
				}
			}
			long sent = missed.upTo();
			while (open) {
				SseFrame frame = queue.poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
				if (frame == null) {
					emitter.send(SseEmitter.event().comment("keep-alive"));
				}
				else if (frame.sequence() > sent) {
					write(frame);
					sent = frame.sequence();
				}
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client went away or the emitter completed: nothing left to send to.
			emitter.completeWithError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			close();
		}
	}

	private void write(SseFrame frame) throws IOException {
		emitter.send(Set.of(new DataWithMediaType(frame.bytes(), MediaType.TEXT_EVENT_STREAM)));
	}

	private void close() {
		open = false;
		onClose.run();
	}

}
