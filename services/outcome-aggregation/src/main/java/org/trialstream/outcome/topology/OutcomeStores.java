package org.trialstream.outcome.topology;

/** Names of the topology's state stores; the API queries {@link #TRIAL_REPORTS}. */
public final class OutcomeStores {

	/** Subject state without its visits by trialId:subjectId. */
	public static final String SUBJECT_STATES = "subject-states";

	/** Each subject's visits as last recorded or corrected, by trialId:subjectId|visitId. */
	public static final String SUBJECT_VISITS = "subject-visits";

	/** Subjects (trialId:subjectId) whose summary has changed but not yet gone to the trial's partition. */
	public static final String PENDING_SUMMARIES = "pending-summaries";

	/** Subject summaries by trialId|subjectId, in the trial's partition. */
	public static final String TRIAL_SUBJECTS = "trial-subjects";

	/** Unblinding by trialId. */
	public static final String TRIAL_UNBLINDING = "trial-unblinding";

	/** The complete trial report by trialId. */
	public static final String TRIAL_REPORTS = "trial-reports";

	private OutcomeStores() {
	}

}
