package org.trialstream.outcome.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.trialstream.security.IdentityProvider;
import org.trialstream.security.SecurityMode;

/**
 * Settings of outcome-aggregation ({@code trialstream.outcome.*}).
 *
 * @param rebuildInterval how often (wall clock) changed trial reports are rebuilt and published
 * @param closureConfirmation the two-visit closure rule's window, and per-trial overrides
 * @param advertisedHost host other instances reach this one at (Kafka Streams application.server)
 * @param forwardTimeout how long to wait for the instance that owns a trial's report
 * @param users local HTTP Basic users (development only)
 * @param security how users sign in: the local users above, or bearer tokens from an identity provider
 */
@ConfigurationProperties("trialstream.outcome")
public record OutcomeProperties(@DefaultValue("50ms") Duration rebuildInterval,
		@DefaultValue ClosureConfirmation closureConfirmation, @DefaultValue("127.0.0.1") String advertisedHost,
		@DefaultValue("5s") Duration forwardTimeout, List<LocalUser> users, @DefaultValue Security security) {

	public OutcomeProperties {
		users = users == null ? List.of() : List.copyOf(users);
	}

	/** Closure confirmed at a visit minDays-maxDays after the first closed visit. */
	public record ClosureConfirmation(@DefaultValue("10") int minDays, @DefaultValue("21") int maxDays,
			Map<String, Window> byTrial) {

		public ClosureConfirmation {
			byTrial = byTrial == null ? Map.of() : Map.copyOf(byTrial);
		}

	}

	public record Window(int minDays, int maxDays) {
	}

	/**
	 * @param mode LOCAL (the users above, HTTP Basic) or JWT (bearer tokens whose {@code role} claim is SPONSOR, DMC
	 * or ADMIN)
	 * @param jwt the identity provider, in JWT mode
	 */
	public record Security(@DefaultValue("LOCAL") SecurityMode mode, @DefaultValue IdentityProvider jwt) {
	}

	/** A development user: name, password and roles (SPONSOR, DMC, ADMIN). */
	public record LocalUser(String username, String password, List<String> roles) {
	}

}
