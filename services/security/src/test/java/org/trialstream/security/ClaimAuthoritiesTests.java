package org.trialstream.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class ClaimAuthoritiesTests {

	private static Jwt token(Map<String, Object> claims) {
		Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("monitor-7")
			.issuedAt(Instant.parse("2026-11-22T08:00:00Z")).expiresAt(Instant.parse("2026-11-22T09:00:00Z"));
		claims.forEach(builder::claim);
		return builder.build();
	}

	private static List<String> authorities(ClaimAuthorities rule, Map<String, Object> claims) {
		return rule.convert(token(claims)).stream().map(GrantedAuthority::getAuthority).toList();
	}

	@Test
	void aMonitorTokenGivesItsRoleAndOneAuthorityPerTrial() {
		ClaimAuthorities rule = new ClaimAuthorities("role", "trials");

		assertThat(authorities(rule, Map.of("role", "MONITOR", "trials", List.of("LEGEND-1", "HUCMSC-DF"))))
			.containsExactly("ROLE_MONITOR", "TRIAL_LEGEND-1", "TRIAL_HUCMSC-DF");
	}

	@Test
	void aTokenWithoutARoleGetsNothingEvenWithTrials() {
		ClaimAuthorities rule = new ClaimAuthorities("role", "trials");

		assertThat(authorities(rule, Map.of("trials", List.of("*")))).isEmpty();
	}

	@Test
	void aServiceThatDoesNotScopeByTrialIgnoresTheTrialsClaim() {
		ClaimAuthorities rule = new ClaimAuthorities("role", null);

		assertThat(authorities(rule, Map.of("role", "DMC", "trials", List.of("LEGEND-1")))).containsExactly("ROLE_DMC");
	}

	@Test
	void theUsersNameIsTheTokensSubject() {
		assertThat(new ClaimAuthorities("role", null).authenticationConverter()
			.convert(token(Map.of("role", "SPONSOR")))
			.getName()).isEqualTo("monitor-7");
	}

}
