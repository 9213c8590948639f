package org.trialstream.sitecapture.subject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.trialstream.sitecapture.model.Subject;

/**
 * One subject with its visits and adverse events. Changes that number themselves (corrections, follow-ups) run under
 * the subject's lock, so two concurrent corrections of one visit cannot get the same number. At most
 * {@code maxHeld} visits and as many adverse events are held in memory; beyond that the oldest are let go (they
 * stay on their topics, the audit trail), which bounds memory under bulk loads far beyond any real schedule.
 */
public final class SubjectState {

	private final Subject subject;

	private final int maxHeld;

	private int visitsLetGo;

	private final ReentrantLock lock = new ReentrantLock();

	private final Map<String, RecordedVisit> visits = new LinkedHashMap<>();

	private final Map<String, ReportedAdverseEvent> adverseEvents = new LinkedHashMap<>();

	SubjectState(Subject subject, int maxHeld) {
		this.subject = subject;
		this.maxHeld = maxHeld;
	}

	public Subject subject() {
		return subject;
	}

	/** Runs an action holding this subject's lock. */
	public <T> T locked(Supplier<T> action) {
		lock.lock();
		try {
			return action.get();
		}
		finally {
			lock.unlock();
		}
	}

	public Optional<RecordedVisit> visit(String visitId) {
		return locked(() -> Optional.ofNullable(visits.get(visitId)));
	}

	public Optional<ReportedAdverseEvent> adverseEvent(String adverseEventId) {
		return locked(() -> Optional.ofNullable(adverseEvents.get(adverseEventId)));
	}

	public void put(RecordedVisit visit) {
		locked(() -> {
			visits.put(visit.visitId(), visit);
			if (visits.size() > maxHeld) {
				visits.remove(visits.keySet().iterator().next());
				visitsLetGo++;
			}
			return visit;
		});
	}

	public void put(ReportedAdverseEvent adverseEvent) {
		locked(() -> {
			adverseEvents.put(adverseEvent.adverseEventId(), adverseEvent);
			if (adverseEvents.size() > maxHeld) {
				adverseEvents.remove(adverseEvents.keySet().iterator().next());
			}
			return adverseEvent;
		});
	}

	/** How many of the subject's oldest visits are no longer held in memory. */
	public int visitsLetGo() {
		return locked(() -> visitsLetGo);
	}

	public List<RecordedVisit> visits() {
		return locked(() -> new ArrayList<>(visits.values()));
	}

	public List<ReportedAdverseEvent> adverseEvents() {
		return locked(() -> new ArrayList<>(adverseEvents.values()));
	}

}
