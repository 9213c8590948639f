package org.trialstream.sitecapture.security;

import java.util.Optional;

/**
 * A site user reads and writes only its own site's subjects; others may read any subject and write none. A site
 * asking about a subject that is not its own gets FORBIDDEN whether or not the subject exists, so the answer never
 * tells whether another site's subject exists; only an unknown id in its own site's range is NOT_FOUND.
 */
public final class SubjectAccess {

	/** The answer to one request. */
	public enum Decision {

		ALLOWED, FORBIDDEN, NOT_FOUND

	}

	private SubjectAccess() {
	}

	/**
	 * @param subjectSite the site of the subject, empty if no such subject exists in the trial
	 */
	public static Decision decide(Actor actor, boolean write, String trialId, String subjectId,
			Optional<String> subjectSite) {
		if (actor.isSite()) {
			if (!actor.trialId().equals(trialId)) {
				return Decision.FORBIDDEN;
			}
			if (subjectSite.isPresent()) {
				return subjectSite.get().equals(actor.siteId()) ? Decision.ALLOWED : Decision.FORBIDDEN;
			}
			return subjectId.startsWith(actor.siteId() + "-") ? Decision.NOT_FOUND : Decision.FORBIDDEN;
		}
		if (write) {
			return Decision.FORBIDDEN;
		}
		return subjectSite.isPresent() ? Decision.ALLOWED : Decision.NOT_FOUND;
	}

	/** Whether the actor may enrol at a site of a trial: only that site's own users. */
	public static boolean mayEnrol(Actor actor, String trialId) {
		return actor.isSite() && actor.trialId().equals(trialId);
	}

}
