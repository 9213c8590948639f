package org.trialstream.adverseevent.alerting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The ordered log of alert changes that monitors' streams replay from (Last-Event-ID) and follow live. The newest
 * {@code recentEntries} changes are kept in full; older history is compacted to the latest change of each alert,
 * which carries the alert's complete state, so memory grows with the number of alerts (which the book holds anyway)
 * and not with the number of changes. A client that was away for longer than the recent window still gets every
 * alert that changed since, in its latest state, in log order. Rebuilt from the safety topics on start-up.
 * Subscribers must not block: they get entries on the writer's thread.
 */
public final class AlertLog {

	/** Enough for hours of a busy trial's changes, a few MB at most. */
	public static final int DEFAULT_RECENT_ENTRIES = 5_000;

	private final int recentEntries;

	private final Deque<AlertLogEntry> recent = new ArrayDeque<>();

	/** Entries older than the recent window that are still the latest of their alert, in log order. */
	private final Map<String, AlertLogEntry> compacted = new LinkedHashMap<>();

	/** The sequence of each alert's latest entry. */
	private final Map<String, Long> latestByAlert = new HashMap<>();

	private final List<Consumer<AlertLogEntry>> subscribers = new CopyOnWriteArrayList<>();

	private long lastSequence;

	public AlertLog() {
		this(DEFAULT_RECENT_ENTRIES);
	}

	public AlertLog(int recentEntries) {
		if (recentEntries < 1) {
			throw new IllegalArgumentException("recentEntries must be at least 1, not " + recentEntries);
		}
		this.recentEntries = recentEntries;
	}

	synchronized AlertLogEntry append(AlertLogEntry.Type type, String eventId, Alert alert) {
		AlertLogEntry entry = new AlertLogEntry(++lastSequence, type, eventId, alert);
		compacted.remove(alert.alertId());
		latestByAlert.put(alert.alertId(), entry.sequence());
		recent.addLast(entry);
		if (recent.size() > recentEntries) {
			AlertLogEntry old = recent.removeFirst();
			if (latestByAlert.get(old.alert().alertId()).longValue() == old.sequence()) {
				compacted.put(old.alert().alertId(), old);
			}
		}
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

	/** What a client that saw everything up to {@code afterSequence} missed, and the sequence that covers. */
	public synchronized Replay replay(long afterSequence) {
		return new Replay(since(afterSequence), lastSequence);
	}

	/** Every entry after {@code afterSequence}, in log order (older history compacted, see the class comment). */
	public synchronized List<AlertLogEntry> since(long afterSequence) {
		List<AlertLogEntry> missedRecently = new ArrayList<>();
		Iterator<AlertLogEntry> newestFirst = recent.descendingIterator();
		while (newestFirst.hasNext()) {
			AlertLogEntry entry = newestFirst.next();
			if (entry.sequence() <= afterSequence) {
				break;
			}
			missedRecently.add(entry);
		}
		Collections.reverse(missedRecently);
		if (recent.isEmpty() || afterSequence >= recent.peekFirst().sequence()) {
			return missedRecently;
		}
		List<AlertLogEntry> entries = new ArrayList<>();
		compacted.values().stream().filter(entry -> entry.sequence() > afterSequence).forEach(entries::add);
		entries.addAll(missedRecently);
		return entries;
	}

	public synchronized long lastSequence() {
		return lastSequence;
	}

	public int subscriberCount() {
		return subscribers.size();
	}

	/**
	 * A replay for a reconnecting client.
	 *
	 * @param entries what it missed, in log order
	 * @param upTo the log's last sequence when the replay was taken: live entries up to it are in the replay
	 */
	public record Replay(List<AlertLogEntry> entries, long upTo) {
	}

}
