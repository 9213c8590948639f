package org.trialstream.adverseevent.console;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.trialstream.adverseevent.alerting.AlertLogEntry;

/**
 * One monitor's SSE connection. Log entries of the monitor's trials are queued on the writer's thread (never
 * blocking it) and sent from this stream's own virtual thread; a comment every {@link #KEEP_ALIVE} keeps proxies
 * from closing an idle stream and reveals a client that went away.
 */
final class MonitorStream implements Consumer<AlertLogEntry> {

	static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

	private final SseEmitter emitter;

	private final Predicate<AlertLogEntry> visible;

	private final BlockingQueue<AlertLogEntry> queue = new LinkedBlockingQueue<>();

	private volatile boolean open = true;

	private volatile Runnable unsubscribe = () -> {
	};

	MonitorStream(SseEmitter emitter, Predicate<AlertLogEntry> visible) {
		this.emitter = emitter;
		this.visible = visible;
		emitter.onCompletion(this::close);
		emitter.onTimeout(this::close);
		emitter.onError(error -> close());
	}

	@Override
	public void accept(AlertLogEntry entry) {
		if (open && visible.test(entry)) {
			queue.offer(entry);
		}
	}

	void start(Runnable unsubscribe) {
		this.unsubscribe = unsubscribe;
		Thread.ofVirtual().name("monitor-stream").start(this::send);
	}

	private void send() {
		try {
			emitter.send(SseEmitter.event().comment("connected"));
			while (open) {
				AlertLogEntry entry = queue.poll(KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
				if (entry == null) {
					emitter.send(SseEmitter.event().comment("keep-alive"));
				}
				else {
					emitter.send(SseEmitter.event()
						.id(Long.toString(entry.sequence()))
						.name(entry.type().eventName())
						.data(new AlertView.StreamEvent(entry.sequence(), entry.type().eventName(), entry.eventId(),
								AlertView.of(entry.alert())), MediaType.APPLICATION_JSON));
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

	private void close() {
		open = false;
		unsubscribe.run();
	}

}
