package org.trialstream.adverseevent.console;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.trialstream.security.ClaimAuthorities;

/**
 * Which trials a signed-in user monitors ("*" for all) and in which role, from the authorities sign-in gave them:
 * {@code TRIAL_<trialId>} and {@code ROLE_MONITOR} or {@code ROLE_SPONSOR_SAFETY}, whether they came from the local
 * users of application.yml or from a token's claims.
 */
@Component
public class MonitorDirectory {

	static final String ALL_TRIALS = "*";

	public boolean canSee(Authentication user, String trialId) {
		return trialFilter(user).test(trialId);
	}

	/**
	 * The decision of {@link #canSee} for many alerts, with the user's trials read from their authorities once: for
	 * a list or a stream of every alert.
	 */
	public Predicate<String> trialFilter(Authentication user) {
		Set<String> trials = Set.copyOf(trials(user));
		return trials.contains(ALL_TRIALS) ? trialId -> true : trials::contains;
	}

	public List<String> trials(Authentication user) {
		return authorities(user).filter(name -> name.startsWith(ClaimAuthorities.TRIAL_PREFIX))
			.map(name -> name.substring(ClaimAuthorities.TRIAL_PREFIX.length()))
			.sorted()
			.toList();
	}

	/** MONITOR or SPONSOR_SAFETY. */
	public String role(Authentication user) {
		return authorities(user).anyMatch("ROLE_SPONSOR_SAFETY"::equals) ? "SPONSOR_SAFETY" : "MONITOR";
	}

	private static Stream<String> authorities(Authentication user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority);
	}

}
