package org.trialstream.sitecapture.security;

/**
 * The authenticated user as the server knows it: never taken from a request body.
 *
 * @param id user id at the identity provider
 * @param role the role the user acts in
 * @param trialId for a SITE user, the trial it works on (else null)
 * @param siteId for a SITE user, its site (else null)
 */
public record Actor(String id, Role role, String trialId, String siteId) {

	public Actor {
		if (role == Role.SITE && (trialId == null || siteId == null)) {
			throw new IllegalArgumentException("A SITE user must be bound to a trial and a site: " + id);
		}
	}

	public boolean isSite() {
		return role == Role.SITE;
	}

	/** Whether the actor may see treatment arms of a blinded trial. */
	public boolean seesBlindedArms() {
		return role == Role.DMC;
	}

}
