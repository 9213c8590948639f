package org.trialstream.outcome.api;

import org.trialstream.outcome.reporting.TrialReport;

/** Where a trial's report is: here (with the report), or on another instance (its host and port). */
sealed interface ReportLocation {

	record Local(TrialReport report) implements ReportLocation {
	}

	record Remote(String host, int port) implements ReportLocation {
	}

}
