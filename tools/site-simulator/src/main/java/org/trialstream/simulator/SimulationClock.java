package org.trialstream.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Compressed trial time: one study day lasts {@code dayLength} of real time. The trial calendar starts far enough
 * in the past that every simulated date is a past date, as the platform requires of visits and onsets.
 */
final class SimulationClock {

	/** Study calendar day 0 of the simulation: more than a year of schedule plus enrolment ago. */
	private final LocalDate calendarStart = LocalDate.now(ZoneOffset.UTC).minusDays(460);

	private final Instant realStart = Instant.now();

	private final Duration dayLength;

	private final ScheduledExecutorService scheduler;

	SimulationClock(Duration dayLength, ScheduledExecutorService scheduler) {
		this.dayLength = dayLength;
		this.scheduler = scheduler;
	}

	/** Today on the simulated trial calendar. */
	LocalDate today() {
		long days = Duration.between(realStart, Instant.now()).toNanos() / dayLength.toNanos();
		return calendarStart.plusDays(days);
	}

	/** Runs {@code action} when the simulated calendar reaches {@code from + days}. */
	void at(LocalDate from, int days, Runnable action) {
		long dayIndex = from.plusDays(days).toEpochDay() - calendarStart.toEpochDay();
		Instant due = realStart.plus(dayLength.multipliedBy(dayIndex));
		long delay = Math.max(0, Duration.between(Instant.now(), due).toMillis());
		scheduler.schedule(() -> {
			try {
				action.run();
			}
			catch (RuntimeException ex) {
				System.err.println("simulation step failed: " + ex);
			}
		}, delay, TimeUnit.MILLISECONDS);
	}

	Duration elapsed() {
		return Duration.between(realStart, Instant.now());
	}

}
