package org.trialstream.outcome.reporting;

/** A sponsor asked for the by-arm report of a trial that is still blinded. */
public final class BlindedReportException extends RuntimeException {

	public BlindedReportException(String trialId) {
		super("Trial " + trialId + " is blinded: the by-arm (closed) report is for the DMC until unblinding");
	}

}
