package org.trialstream.outcome.subject;

import java.time.LocalDate;

/**
 * An adverse event as of its latest report or follow-up.
 *
 * @param followUpNumber 0 for the initial report, then the follow-up applied
 * @param grade CTCAE grade 1-5
 * @param serious meets an ICH E2A seriousness criterion
 * @param fatal the outcome is death (or grade 5)
 * @param onsetDate onset date
 * @param resolvedDate date resolved (or of death), where known
 */
public record AdverseEventEntry(int followUpNumber, int grade, boolean serious, boolean fatal, LocalDate onsetDate,
		LocalDate resolvedDate) {
}
