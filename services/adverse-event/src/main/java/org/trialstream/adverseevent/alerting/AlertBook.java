package org.trialstream.adverseevent.alerting;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The current state of every alert, built only from safety events (this instance's, as soon as the broker
 * acknowledged them, and any instance's, read from the safety topics). Each safety event applies once, by its
 * eventId, so reading back an event this instance already applied changes nothing. Every change it applies is
 * appended to the {@link AlertLog}.
 */
public final class AlertBook {

	private final Map<String, Alert> alerts = new LinkedHashMap<>();

	/** UUIDs, not their text: half the memory per safety event, and every event ever applied is in here. */
	private final Set<UUID> appliedEventIds = new HashSet<>();

	private final AlertLog log;

	public AlertBook(AlertLog log) {
		this.log = log;
	}

	/** Applies a safety event; returns the log entry, or empty if this event was applied before. */
	public synchronized Optional<AlertLogEntry> apply(AlertChange change) {
		if (!appliedEventIds.add(change.eventId())) {
			return Optional.empty();
		}
		Alert before = alerts.get(change.alertId());
		Alert after = switch (change) {
			case AlertChange.Raised raised -> before != null ? before : raised.alert();
			case AlertChange.Updated updated -> before != null ? before.mergedWith(updated.alert(), updated.at())
					: updated.alert();
			case AlertChange.Acknowledged ack -> before != null ? before.acknowledgedBy(ack.acknowledgement()) : null;
			case AlertChange.Escalated escalated -> before != null ? before.escalatedTo(escalated.level()) : null;
		};
		if (after == null) {
			return Optional.empty();
		}
		alerts.put(after.alertId(), after);
		return Optional.of(log.append(typeOf(change), change.eventId().toString(), after));
	}

	public synchronized Optional<Alert> find(String alertId) {
		return Optional.ofNullable(alerts.get(alertId));
	}

	/** Every alert, the nearest running clock first, then the most urgent, then the newest. */
	public synchronized List<Alert> current() {
		return alerts.values().stream().sorted(byUrgency()).toList();
	}

	/** Every alert, in no particular order: a cheap snapshot for sweeps. */
	public synchronized List<Alert> all() {
		return List.copyOf(alerts.values());
	}

	public static Comparator<Alert> byUrgency() {
		return Comparator
			.comparing((Alert alert) -> alert.nextDue().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Alert::severity, Comparator.reverseOrder())
			.thenComparing(Alert::raisedAt, Comparator.reverseOrder());
	}

	private static AlertLogEntry.Type typeOf(AlertChange change) {
		return switch (change) {
			case AlertChange.Raised raised -> AlertLogEntry.Type.RAISED;
			case AlertChange.Updated updated -> AlertLogEntry.Type.UPDATED;
			case AlertChange.Acknowledged ack -> AlertLogEntry.Type.ACKNOWLEDGED;
			case AlertChange.Escalated escalated -> AlertLogEntry.Type.ESCALATED;
		};
	}

}
