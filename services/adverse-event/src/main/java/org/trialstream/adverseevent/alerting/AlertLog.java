package org.trialstream.adverseevent.alerting;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The ordered log of alert changes that monitors' streams replay from (Last-Event-ID) and follow live. Rebuilt
 * from the safety topics on start-up, so it holds the whole history; alerts are rare next to visits, so memory
 * stays small. Subscribers must not block: they get entries on the writer's thread.
 */
public final class AlertLog {

	private final List<AlertLogEntry> entries = new ArrayList<>();

	private final List<Consumer<AlertLogEntry>> subscribers = new CopyOnWriteArrayList<>();

	synchronized AlertLogEntry append(AlertLogEntry.Type type, String eventId, Alert alert) {
		AlertLogEntry entry = new AlertLogEntry(entries.size() + 1L, type, eventId, alert);
		entries.add(entry);
		subscribers.forEach(subscriber -> subscriber.accept(entry));
		return entry;
	}

	/**
	 * Hands {@code subscriber} every entry after {@code afterSequence}, then every new one, with no gap and no
	 * duplicate between the two. Returns what cancels the subscription.
	 */
	public synchronized Runnable subscribe(long afterSequence, Consumer<AlertLogEntry> subscriber) {
		since(afterSequence).forEach(subscriber);
		subscribers.add(subscriber);
		return () -> subscribers.remove(subscriber);
	}

	public synchronized List<AlertLogEntry> since(long afterSequence) {
		int from = (int) Math.min(Math.max(afterSequence, 0), entries.size());
		return List.copyOf(entries.subList(from, entries.size()));
	}

	public synchronized long lastSequence() {
		return entries.size();
	}

	public int subscriberCount() {
		return subscribers.size();
	}

}
