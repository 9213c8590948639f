package org.trialstream.outcome.api;

/** The instance holding a trial's report is restoring or rebalancing; the client should retry shortly. */
final class ReportsUnavailableException extends RuntimeException {

	ReportsUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
