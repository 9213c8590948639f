package org.trialstream.outcome.reporting;

/** Pooled over arms (open report), or by arm (closed report). */
public enum ReportScope {

	OPEN_POOLED, CLOSED_BY_ARM

}
