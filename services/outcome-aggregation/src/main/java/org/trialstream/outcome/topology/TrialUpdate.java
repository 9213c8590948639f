package org.trialstream.outcome.topology;

import java.time.Instant;

import org.trialstream.outcome.reporting.Unblinding;
import org.trialstream.outcome.subject.SubjectSummary;

/**
 * What moves from a subject's partition to its trial's partition: the subject's new summary, or the trial's
 * unblinding.
 *
 * @param trialId the trial
 * @param subjectId the subject whose summary changed, null for an unblinding
 * @param summary the subject's new summary, null for an unblinding
 * @param unblinding the unblinding, null for a summary
 * @param at when the event that caused this occurred
 */
public record TrialUpdate(String trialId, String subjectId, SubjectSummary summary, Unblinding unblinding,
		Instant at) {
}
