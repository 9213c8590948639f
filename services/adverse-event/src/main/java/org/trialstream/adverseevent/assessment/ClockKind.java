package org.trialstream.adverseevent.assessment;

import java.time.Duration;

/** The regulatory reporting clocks (ICH GCP and EU CTR for the site, ICH E2A and 21 CFR 312.32 for SUSARs). */
public enum ClockKind {

	SITE_TO_SPONSOR_24H(Duration.ofHours(24)), SUSAR_FATAL_OR_LIFE_THREATENING_7D(Duration.ofDays(7)),
	SUSAR_COMPLETE_REPORT_8D(Duration.ofDays(8)), SUSAR_OTHER_15D(Duration.ofDays(15));

	private final Duration allowed;

	ClockKind(Duration allowed) {
		this.allowed = allowed;
	}

	public Duration allowed() {
		return allowed;
	}

}
