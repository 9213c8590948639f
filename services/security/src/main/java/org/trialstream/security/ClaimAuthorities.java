package org.trialstream.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * The platform's authorities from a token's claims: its role claim (a single role, e.g. {@code "DMC"}) becomes
 * {@code ROLE_DMC}; its trials claim (a list, e.g. {@code ["LEGEND-1"]}, or {@code ["*"]} for every trial) becomes
 * {@code TRIAL_LEGEND-1}. A token without a role gets no authority, so every protected request answers 403.
 *
 * @param roleClaim the claim naming the role
 * @param trialsClaim the claim listing the trials, or null where the service does not scope by trial
 */
public record ClaimAuthorities(String roleClaim, String trialsClaim) implements Converter<Jwt, Collection<GrantedAuthority>> {

	public static final String TRIAL_PREFIX = "TRIAL_";

	@Override
	public Collection<GrantedAuthority> convert(Jwt token) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		String role = token.getClaimAsString(roleClaim);
		if (role == null || role.isBlank()) {
			return authorities;
		}
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role.strip()));
		if (trialsClaim != null && token.hasClaim(trialsClaim)) {
			List<String> trials = token.getClaimAsStringList(trialsClaim);
			if (trials != null) {
				trials.stream().map(String::strip).map(trial -> new SimpleGrantedAuthority(TRIAL_PREFIX + trial))
					.forEach(authorities::add);
			}
		}
		return authorities;
	}

	/** The converter Spring Security's resource server takes, with the token's subject as the user's name. */
	public JwtAuthenticationConverter authenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(this);
		return converter;
	}

}
