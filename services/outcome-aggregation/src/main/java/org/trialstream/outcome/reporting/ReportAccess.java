package org.trialstream.outcome.reporting;

import java.util.List;

/**
 * Cuts a trial's complete report to what a reader may see. The DMC sees everything, unsuppressed. A sponsor sees the
 * open (pooled) report, and the closed (by-arm) report only once the trial is unblinded or was never blinded; every
 * count a sponsor sees is small-cell suppressed.
 */
public final class ReportAccess {

	private ReportAccess() {
	}

	public static TrialReport view(TrialReport full, Audience audience, ReportScope scope) {
		if (audience == Audience.SPONSOR && scope == ReportScope.CLOSED_BY_ARM && full.blinded()) {
			throw new BlindedReportException(full.trialId());
		}
		List<ArmOutcome> arms = scope == ReportScope.CLOSED_BY_ARM ? full.arms() : List.of();
		TrialReport cut = full.with(scope, full.pooled(), arms, full.sites());
		return audience == Audience.DMC ? cut : ReportSuppression.apply(cut);
	}

}
