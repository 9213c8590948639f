package org.trialstream.simulator;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** What the simulation has done so far, printed as one progress line. */
final class Progress {

	final AtomicInteger subjects = new AtomicInteger();

	final AtomicInteger visits = new AtomicInteger();

	final AtomicInteger lateVisits = new AtomicInteger();

	final AtomicInteger corrections = new AtomicInteger();

	final AtomicInteger adverseEvents = new AtomicInteger();

	final AtomicInteger seriousAdverseEvents = new AtomicInteger();

	final AtomicInteger followUps = new AtomicInteger();

	final AtomicInteger labExcursions = new AtomicInteger();

	final AtomicInteger invalidSent = new AtomicInteger();

	final AtomicInteger invalidRejected = new AtomicInteger();

	/** Invalid submissions the platform accepted: must stay 0. */
	final AtomicInteger invalidAccepted = new AtomicInteger();

	/** Valid submissions that failed (4xx, 5xx or no answer): should stay 0. */
	final AtomicInteger failures = new AtomicInteger();

	String line(Duration elapsed) {
		return String.format(
				"[sim %02d:%02d] subjects %d | visits %d (%d late) | corrections %d | AEs %d (serious %d -> alerts) | follow-ups %d | lab excursions %d | invalid rejected %d/%d | invalid ACCEPTED %d | failures %d",
				elapsed.toMinutes(), elapsed.toSecondsPart(), subjects.get(), visits.get(), lateVisits.get(),
				corrections.get(), adverseEvents.get(), seriousAdverseEvents.get(), followUps.get(),
				labExcursions.get(), invalidRejected.get(), invalidSent.get(), invalidAccepted.get(), failures.get());
	}

	boolean clean() {
		return invalidAccepted.get() == 0 && invalidRejected.get() == invalidSent.get();
	}

}
