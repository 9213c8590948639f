package org.trialstream.sitecapture.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.trialstream.protocol.TrialProtocols;
import org.trialstream.security.SecurityMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JWT mode: the actor comes from the token's subject and its role, trial and site claims. */
class ActorResolverTests {

	private final SecurityProperties properties = new SecurityProperties(SecurityMode.JWT, List.of(), true,
			new SecurityProperties.Jwt("https://issuer.example", null, "role", "trial", "site"));

	private final ActorResolver resolver = new ActorResolver(new LocalUsers(properties, TrialProtocols.loadDefault()),
			properties);

	private static Jwt.Builder token() {
		return Jwt.withTokenValue("token").header("alg", "RS256").subject("investigator-7");
	}

	@Test
	void bindsASiteTokenToItsTrialAndSite() {
		Actor actor = resolver.fromJwt(token().claim("role", "SITE").claim("trial", "LEGEND-1").claim("site", "US-07")
			.build());

		assertThat(actor).isEqualTo(new Actor("investigator-7", Role.SITE, "LEGEND-1", "US-07"));
	}

	@Test
	void refusesASiteTokenWithoutSiteAndATokenWithoutKnownRole() {
		assertThatThrownBy(() -> resolver.fromJwt(token().claim("role", "SITE").claim("trial", "LEGEND-1").build()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> resolver.fromJwt(token().claim("role", "ADMIN").build()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void hasNoLocalUsersInJwtMode() {
		assertThat(new LocalUsers(properties, TrialProtocols.loadDefault()).all()).isEmpty();
	}

	@Test
	void createsALocalSiteUserForEverySiteInLocalMode() {
		SecurityProperties local = new SecurityProperties(SecurityMode.LOCAL,
				List.of(new SecurityProperties.LocalUser("site-gz2", "site-gz2", Role.SITE, "NCT06480123", "CN-GZ2")),
				true, properties.jwt());

		LocalUsers users = new LocalUsers(local, TrialProtocols.loadDefault());

		assertThat(users.actor("site-us22")).contains(new Actor("site-us22", Role.SITE, "LEGEND-1", "US-22"));
		assertThat(users.actor("site-cngz2")).contains(new Actor("site-cngz2", Role.SITE, "NCT06480123", "CN-GZ2"));
		assertThat(users.actor("site-gz2")).contains(new Actor("site-gz2", Role.SITE, "NCT06480123", "CN-GZ2"));
	}

}
