package org.trialstream.outcome.reporting;

import java.time.Instant;
import java.util.Collection;

import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.protocol.TrialProtocol;

/**
 * Builds a trial's complete report (every arm and pooled, nothing suppressed) from its subjects' summaries at once:
 * the same {@link TrialTally} the topology keeps up to date, filled in one go. Pure function of its inputs, so a
 * rebuild from the topics gives the same report.
 * <p>
 * Visits are due or missed relative to the data cut-off (the latest assessment any subject has) rather than to the
 * wall clock, as in an interim analysis, so data entered late (or simulated in compressed time) reads the same.
 */
public final class TrialReportBuilder {

	private final TrialProtocol protocol;

	public TrialReportBuilder(TrialProtocol protocol) {
		this.protocol = protocol;
	}

	public TrialReport build(Collection<SubjectSummary> subjects, Unblinding unblinding, Instant updatedAt) {
		TrialTally tally = new TrialTally(protocol);
		subjects.forEach(subject -> tally.replace(null, subject));
		return tally.report(unblinding, updatedAt);
	}

}
