package org.trialstream.adverseevent.alerting;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * An URGENT or CRITICAL alert that nobody acknowledged escalates once per elapsed escalation period (level 1 after
 * one period, level 2 after two, at most {@link #MAX_LEVEL}). The period is the protocol's
 * escalateUnacknowledgedAfter unless configuration overrides it.
 */
public final class EscalationPolicy {

	public static final int MAX_LEVEL = 3;

	private EscalationPolicy() {
	}

	/** The next escalation level due now, or empty. */
	public static OptionalInt due(Alert alert, Duration after, Instant now) {
		if (!alert.severity().escalates() || alert.acknowledged() || after.isZero() || after.isNegative()) {
			return OptionalInt.empty();
		}
		long periods = Duration.between(alert.attentionSince(), now).toMillis() / after.toMillis();
		int level = (int) Math.min(periods, MAX_LEVEL);
		return level > alert.escalationLevel() ? OptionalInt.of(alert.escalationLevel() + 1) : OptionalInt.empty();
	}

	public static String reason(Duration after, int level) {
		return "unacknowledged for %s (escalation level %d)".formatted(human(after.multipliedBy(level)), level);
	}

	private static String human(Duration duration) {
		if (duration.toMinutes() >= 1 && duration.toSecondsPart() == 0) {
			return duration.toMinutes() + " min";
		}
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

}
