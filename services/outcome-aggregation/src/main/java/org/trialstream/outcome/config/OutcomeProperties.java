package org.trialstream.outcome.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of outcome-aggregation ({@code trialstream.outcome.*}).
 *
 * @param rebuildInterval how often (wall clock) changed trial reports are rebuilt and published
 * @param closureConfirmation the two-visit closure rule's window, and per-trial overrides
 * @param advertisedHost host other instances reach this one at (Kafka Streams application.server)
 * @param forwardTimeout how long to wait for the instance that owns a trial's report
 * @param users local HTTP Basic users (development only)
 */
@ConfigurationProperties("trialstream.outcome")
public record OutcomeProperties(@DefaultValue("50ms") Duration rebuildInterval,
		@DefaultValue ClosureConfirmation closureConfirmation, @DefaultValue("127.0.0.1") String advertisedHost,
		@DefaultValue("5s") Duration forwardTimeout, List<LocalUser> users) {

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

	/** A development user: name, password and roles (SPONSOR, DMC, ADMIN). */
	public record LocalUser(String username, String password, List<String> roles) {
	}

}
