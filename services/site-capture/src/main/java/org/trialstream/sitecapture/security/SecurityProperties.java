package org.trialstream.sitecapture.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.trialstream.security.IdentityProvider;
import org.trialstream.security.SecurityMode;

/**
 * How users authenticate (prefix {@code site-capture.security}).
 *
 * @param mode LOCAL (HTTP Basic against {@code users}, for the local platform) or JWT (bearer tokens, production)
 * @param users local dev users; their passwords are for a developer's machine only
 * @param siteUserPerSite also create a local SITE user for every site of every trial (see {@link LocalUsers})
 * @param jwt where tokens come from and which claims carry role, trial and site
 */
@ConfigurationProperties("site-capture.security")
public record SecurityProperties(@DefaultValue("LOCAL") SecurityMode mode, List<LocalUser> users,
		@DefaultValue("true") boolean siteUserPerSite, @DefaultValue Jwt jwt) {

	public SecurityProperties {
		users = users == null ? List.of() : List.copyOf(users);
	}

	/**
	 * A local dev user; trialId and siteId bind a SITE user to its site.
	 */
	public record LocalUser(String username, String password, Role role, String trialId, String siteId) {

		public Actor actor() {
			return new Actor(username, role, trialId, siteId);
		}

	}

	/**
	 * @param issuerUri the issuer (OIDC discovery) of the tokens
	 * @param jwkSetUri the issuer's key set, if discovery is not available
	 * @param roleClaim claim holding SITE, MONITOR, SPONSOR or DMC
	 * @param trialClaim claim holding a site user's trial
	 * @param siteClaim claim holding a site user's site
	 */
	public record Jwt(String issuerUri, String jwkSetUri, @DefaultValue("role") String roleClaim,
			@DefaultValue("trial") String trialClaim, @DefaultValue("site") String siteClaim) {

		public IdentityProvider identityProvider() {
			return new IdentityProvider(issuerUri, jwkSetUri);
		}

	}

}
