package org.trialstream.adverseevent.assessment;

import java.time.Instant;

/**
 * One reporting deadline.
 *
 * @param kind which clock
 * @param startedAt hour 0 / Day 0
 * @param dueAt when the report is due
 * @param status running, met or nullified
 */
public record RegulatoryClock(ClockKind kind, Instant startedAt, Instant dueAt, ClockStatus status) {

	public static RegulatoryClock start(ClockKind kind, Instant startedAt, ClockStatus status) {
		return new RegulatoryClock(kind, startedAt, startedAt.plus(kind.allowed()), status);
	}

	public RegulatoryClock nullified() {
		return new RegulatoryClock(kind, startedAt, dueAt, ClockStatus.NULLIFIED);
	}

}
