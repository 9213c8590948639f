package org.trialstream.adverseevent.console;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.trialstream.adverseevent.config.AdverseEventProperties;

/** Which trials each user monitors ("*" for all), from {@code trialstream.adverse-event.users}. */
@Component
public class MonitorDirectory {

	static final String ALL_TRIALS = "*";

	private final Map<String, Set<String>> trialsByUser;

	private final Map<String, String> roleByUser;

	public MonitorDirectory(AdverseEventProperties properties) {
		this.trialsByUser = properties.users()
			.stream()
			.collect(Collectors.toUnmodifiableMap(AdverseEventProperties.LocalUser::username,
					user -> Set.copyOf(user.trials())));
		this.roleByUser = properties.users()
			.stream()
			.collect(Collectors.toUnmodifiableMap(AdverseEventProperties.LocalUser::username,
					AdverseEventProperties.LocalUser::role));
	}

	public boolean canSee(Authentication user, String trialId) {
		Set<String> trials = trialsByUser.getOrDefault(user.getName(), Set.of());
		return trials.contains(ALL_TRIALS) || trials.contains(trialId);
	}

	public List<String> trials(Authentication user) {
		return trialsByUser.getOrDefault(user.getName(), Set.of()).stream().sorted().toList();
	}

	/** MONITOR or SPONSOR_SAFETY, as configured. */
	public String role(Authentication user) {
		return roleByUser.getOrDefault(user.getName(), "MONITOR");
	}

}
