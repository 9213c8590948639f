package org.trialstream.sitecapture.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;
import org.trialstream.security.SecurityMode;
import org.trialstream.sitecapture.security.SecurityProperties.LocalUser;

/**
 * The local dev users: those configured, plus (when {@code site-user-per-site} is on) one SITE user for every site
 * of every trial, named after the site ({@code US-07 -> site-us07}, {@code CN-GZ2 -> site-cngz2}) with the name as
 * password, so the site simulator can act as any site. Dev only: none of them exist in JWT mode.
 */
@Component
public class LocalUsers {

	private final Map<String, LocalUser> byName;

	public LocalUsers(SecurityProperties properties, TrialProtocols protocols) {
		Map<String, LocalUser> users = new LinkedHashMap<>();
		if (properties.mode() == SecurityMode.LOCAL) {
			properties.users().forEach(user -> users.put(user.username(), user));
			if (properties.siteUserPerSite()) {
				for (TrialProtocol protocol : protocols.all()) {
					for (TrialProtocol.Site site : protocol.sites()) {
						String name = "site-" + site.id().toLowerCase().replace("-", "");
						users.putIfAbsent(name, new LocalUser(name, name, Role.SITE, protocol.trialId(), site.id()));
					}
				}
			}
		}
		this.byName = Map.copyOf(users);
	}

	public List<LocalUser> all() {
		return new ArrayList<>(byName.values());
	}

	public Optional<Actor> actor(String username) {
		return Optional.ofNullable(byName.get(username)).map(LocalUser::actor);
	}

}
