package org.trialstream.outcome.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A trial's outcome report. As stored it is complete (every arm, nothing suppressed: the DMC's closed report); what a
 * reader gets is cut from it by {@link ReportAccess}.
 *
 * @param trialId the trial
 * @param title the trial's title
 * @param scope open (pooled only) or closed (by arm)
 * @param blinded the protocol is blinded and no unblinding has happened
 * @param unblinding the unblinding, null if none
 * @param unitOfAnalysis SUBJECT or LIMB
 * @param smallCellThreshold counts below this are suppressed for sponsors
 * @param asOf the study date the report is computed for (visits due by then)
 * @param updatedAt when the latest event in this report occurred
 * @param pooled outcomes pooled over arms
 * @param arms outcomes by arm (empty in the open report)
 * @param sites enrolment and compliance by site
 */
public record TrialReport(String trialId, String title, ReportScope scope, boolean blinded, Unblinding unblinding,
		String unitOfAnalysis, int smallCellThreshold, LocalDate asOf, Instant updatedAt, ArmOutcome pooled,
		List<ArmOutcome> arms, List<SiteOutcome> sites) {

	public TrialReport {
		arms = arms == null ? List.of() : List.copyOf(arms);
		sites = sites == null ? List.of() : List.copyOf(sites);
	}

	public TrialReport with(ReportScope newScope, ArmOutcome newPooled, List<ArmOutcome> newArms,
			List<SiteOutcome> newSites) {
		return new TrialReport(trialId, title, newScope, blinded, unblinding, unitOfAnalysis, smallCellThreshold, asOf,
				updatedAt, newPooled, newArms, newSites);
	}

	public TrialReport withUpdatedAt(Instant at) {
		return new TrialReport(trialId, title, scope, blinded, unblinding, unitOfAnalysis, smallCellThreshold, asOf, at,
				pooled, arms, sites);
	}

}
