package org.trialstream.sitecapture.subject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.trialstream.sitecapture.model.Subject;

/**
 * One subject with what the service holds of its visits ({@link HeldVisits}: ids, positions and a few facts, not
 * their content) and its adverse events. Changes that number themselves (corrections, follow-ups) run under the
 * subject's lock, so two concurrent corrections of one visit cannot get the same number. At most {@code maxHeld}
 * visits and as many adverse events are held; beyond that the oldest are let go (they stay on their topics, the
 * audit trail), which bounds memory under bulk loads far beyond any real schedule.
 */
public final class SubjectState {

	private final Subject subject;

	private final int maxHeld;

	private final HeldVisits visits;

	/** Created on the first adverse event: most subjects have none. */
	private Map<String, ReportedAdverseEvent> adverseEvents;

	SubjectState(Subject subject, int maxHeld) {
		this.subject = subject;
		this.maxHeld = maxHeld;
		this.visits = new HeldVisits(maxHeld);
	}

	public Subject subject() {
		return subject;
	}

	/** Runs an action holding this subject's lock (a monitor: virtual threads do not pin on it since JDK 24). */
	public <T> T locked(Supplier<T> action) {
		synchronized (this) {
			return action.get();
		}
	}

	public synchronized Optional<HeldVisit> visit(String visitId) {
		return visits.find(HeldVisit.keyOf(visitId));
	}

	public synchronized Optional<ReportedAdverseEvent> adverseEvent(String adverseEventId) {
		return adverseEvents == null ? Optional.empty() : Optional.ofNullable(adverseEvents.get(adverseEventId));
	}

	/** Adds a visit, or replaces the one with the same id (a correction) in place. */
	public synchronized void put(HeldVisit visit) {
		visits.put(visit);
	}

	public synchronized void put(ReportedAdverseEvent adverseEvent) {
		if (adverseEvents == null) {
			adverseEvents = new LinkedHashMap<>(4);
		}
		adverseEvents.put(adverseEvent.adverseEventId(), adverseEvent);
		if (adverseEvents.size() > maxHeld) {
			adverseEvents.remove(adverseEvents.keySet().iterator().next());
		}
	}

	/** How many of the subject's oldest visits are no longer held. */
	public synchronized int visitsLetGo() {
		return visits.letGo();
	}

	public synchronized List<HeldVisit> visits() {
		return visits.all();
	}

	public synchronized List<ReportedAdverseEvent> adverseEvents() {
		return adverseEvents == null ? List.of() : new ArrayList<>(adverseEvents.values());
	}

}
