package org.trialstream.adverseevent.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.trialstream.security.IdentityProvider;
import org.trialstream.security.SecurityMode;

/**
 * Settings of the adverse-event service ({@code trialstream.adverse-event.*}).
 *
 * @param escalation when unacknowledged serious alerts escalate
 * @param users local users with their role and the trials they monitor (HTTP Basic; "*" means every trial)
 * @param webhook optional delivery of alerts to a sponsor's safety system
 * @param publishTimeout how long a write waits for the broker's acknowledgement
 * @param security how users sign in: the local users above, or bearer tokens from an identity provider
 */
@ConfigurationProperties("trialstream.adverse-event")
public record AdverseEventProperties(@DefaultValue Escalation escalation, List<LocalUser> users,
		@DefaultValue Webhook webhook, @DefaultValue("10s") Duration publishTimeout, @DefaultValue Security security) {

	public AdverseEventProperties {
		users = users == null ? List.of() : List.copyOf(users);
	}

	/**
	 * @param after overrides every protocol's escalateUnacknowledgedAfter when set (tests use seconds)
	 * @param checkInterval how often the escalation scheduler looks
	 */
	public record Escalation(Duration after, @DefaultValue("5s") Duration checkInterval) {
	}

	/**
	 * @param username login
	 * @param password password; {noop} for local development only
	 * @param role MONITOR or SPONSOR_SAFETY (anything else is refused the alerts)
	 * @param trials trial ids this user monitors; "*" for all
	 */
	public record LocalUser(String username, String password, String role, List<String> trials) {

		public LocalUser {
			trials = trials == null ? List.of() : List.copyOf(trials);
		}

	}

	/**
	 * @param mode LOCAL (the users above, HTTP Basic) or JWT (bearer tokens whose {@code role} claim is MONITOR or
	 * SPONSOR_SAFETY and whose {@code trials} claim lists the trial ids, or "*")
	 * @param jwt the identity provider, in JWT mode
	 */
	public record Security(@DefaultValue("LOCAL") SecurityMode mode, @DefaultValue IdentityProvider jwt) {
	}

	/**
	 * @param url the sponsor's endpoint; delivery is off when blank
	 * @param maxAttempts attempts per alert event before giving up
	 * @param initialBackoff wait before the first retry; doubles per retry
	 */
	public record Webhook(String url, @DefaultValue("6") int maxAttempts,
			@DefaultValue("500ms") Duration initialBackoff) {

		public boolean enabled() {
			return url != null && !url.isBlank();
		}

	}

}
