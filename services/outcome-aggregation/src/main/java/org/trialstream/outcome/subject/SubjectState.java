package org.trialstream.outcome.subject;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the outcome reports need about one subject. Each kind of fact is keyed by its own id (visit id, adverse
 * event id, alert id) and versioned (correction, follow-up, revision number), so a redelivered or replayed event
 * leaves the state as it was (the very same instance, so a caller can tell nothing changed without comparing every
 * visit) and an older version never replaces a newer one.
 *
 * @param trialId the trial
 * @param subjectId the pseudonymous subject id
 * @param enrolment the enrolment, null until it arrives (events may arrive before it)
 * @param visits visits by visit id
 * @param adverseEvents adverse events by id
 * @param alerts safety alerts by id
 * @param lastEventAt when the latest event folded in here occurred
 */
public record SubjectState(String trialId, String subjectId, Enrolment enrolment, Map<String, VisitEntry> visits,
		Map<String, AdverseEventEntry> adverseEvents, Map<String, AlertEntry> alerts, Instant lastEventAt) {

	public SubjectState {
		visits = visits == null ? Map.of() : Map.copyOf(visits);
		adverseEvents = adverseEvents == null ? Map.of() : Map.copyOf(adverseEvents);
		alerts = alerts == null ? Map.of() : Map.copyOf(alerts);
	}

	public static SubjectState empty(String trialId, String subjectId) {
		return new SubjectState(trialId, subjectId, null, Map.of(), Map.of(), Map.of(), null);
	}

	public SubjectState withEnrolment(Enrolment value, Instant at) {
		if (value.equals(enrolment) && unchangedAt(at)) {
			return this;
		}
		return new SubjectState(trialId, subjectId, value, visits, adverseEvents, alerts, latest(at));
	}

	/** Records a visit or applies a correction, unless the version held supersedes it ({@link VisitEntry#supersedes}). */
	public SubjectState withVisit(VisitEntry visit, Instant at) {
		VisitEntry held = visits.get(visit.visitId());
		if (held != null && (!visit.supersedes(held) || held.equals(visit) && unchangedAt(at))) {
			return this;
		}
		Map<String, VisitEntry> updated = new LinkedHashMap<>(visits);
		updated.put(visit.visitId(), visit);
		return new SubjectState(trialId, subjectId, enrolment, updated, adverseEvents, alerts, latest(at));
	}

	/** When the latest event folded in here occurred, its visits' included (the topology keeps those apart). */
	public Instant latestEventAt() {
		Instant latest = lastEventAt;
		for (VisitEntry visit : visits.values()) {
			latest = later(latest, visit.occurredAt());
		}
		return latest;
	}

	/** This state with {@code replacement} as its visits (the topology keeps each visit under a key of its own). */
	public SubjectState withVisits(Map<String, VisitEntry> replacement) {
		return new SubjectState(trialId, subjectId, enrolment, replacement, adverseEvents, alerts, lastEventAt);
	}

	public SubjectState withAdverseEvent(String adverseEventId, AdverseEventEntry event, Instant at) {
		AdverseEventEntry held = adverseEvents.get(adverseEventId);
		if (held != null && (held.followUpNumber() > event.followUpNumber() || held.equals(event) && unchangedAt(at))) {
			return this;
		}
		Map<String, AdverseEventEntry> updated = new LinkedHashMap<>(adverseEvents);
		updated.put(adverseEventId, event);
		return new SubjectState(trialId, subjectId, enrolment, visits, updated, alerts, latest(at));
	}

	public SubjectState withAlert(String alertId, AlertEntry alert, Instant at) {
		AlertEntry held = alerts.get(alertId);
		if (held != null && (held.revision() > alert.revision() || held.equals(alert) && unchangedAt(at))) {
			return this;
		}
		Map<String, AlertEntry> updated = new LinkedHashMap<>(alerts);
		updated.put(alertId, alert);
		return new SubjectState(trialId, subjectId, enrolment, visits, adverseEvents, updated, latest(at));
	}

	private boolean unchangedAt(Instant at) {
		return Objects.equals(latest(at), lastEventAt);
	}

	private Instant latest(Instant at) {
		return later(lastEventAt, at);
	}

	/** The later of two event times, either of which may be unknown (null); the trial's reports fold theirs alike. */
	public static Instant later(Instant a, Instant b) {
		if (b == null) {
			return a;
		}
		return a == null || b.isAfter(a) ? b : a;
	}

}
