package org.trialstream.sitecapture.security;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.trialstream.security.ClaimAuthorities;
import org.trialstream.security.SecurityMode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes (POST) are for SITE users; reads for every role; the API docs and health probes are open. Subject-level
 * rules (a site sees only its own subjects) are applied per request by {@link SubjectAccess}. LOCAL mode: HTTP
 * Basic against the configured dev users. JWT mode: bearer tokens from {@code JWT_ISSUER_URI}, role and site from
 * claims.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, JsonMapper json,
			UserDetailsService localUsers) {
		boolean local = properties.mode() == SecurityMode.LOCAL;
		ProblemSecurityHandler problems = new ProblemSecurityHandler(json, local);
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/actuator/health/**",
						"/actuator/health", "/error")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/**")
				.hasRole(Role.SITE.name())
				.requestMatchers(HttpMethod.GET, "/api/v1/**")
				.hasAnyRole(Role.SITE.name(), Role.MONITOR.name(), Role.SPONSOR.name(), Role.DMC.name())
				.anyRequest()
				.denyAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		if (local) {
			http.authenticationManager(localAuthentication(localUsers))
				.httpBasic(basic -> basic.authenticationEntryPoint(problems));
		}
		else {
			http.oauth2ResourceServer(resourceServer -> resourceServer.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				.jwt(jwt -> jwt.decoder(properties.jwt().identityProvider().decoder())
					.jwtAuthenticationConverter(
							new ClaimAuthorities(properties.jwt().roleClaim(), null).authenticationConverter())));
		}
		return http.build();
	}

	/**
	 * No Spring Security observations at all: with them each of its filters, the authentication and the
	 * authorisation run inside an observation wrapper on every request (found by the benchmark's profile), and
	 * nobody reads them here. Switching them off in the settings still left the wrappers in place.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Local dev users only; in JWT mode there are none. Passwords are kept as plain text ({noop}) because they are
	 * dev-only and public, and a per-request bcrypt would dominate the latency the benchmark measures. Exposed as a
	 * plain UserDetailsService: an InMemoryUserDetailsManager is also a UserDetailsPasswordService, through which
	 * Spring Security would "upgrade" {noop} to bcrypt after the first login (found by the benchmark's profile).
	 */
	@Bean
	UserDetailsService localUserDetails(LocalUsers localUsers) {
		List<UserDetails> users = localUsers.all()
			.stream()
			.map(user -> User.withUsername(user.username())
				.password("{noop}" + user.password())
				.roles(user.role().name())
				.build())
			.toList();
		return new InMemoryUserDetailsManager(users)::loadUserByUsername;
	}

	/**
	 * HTTP Basic against the local users. The provider bcrypt-encodes a dummy password on its first unknown user
	 * (protection against timing user names), lazily and without a lock: after a start, the first burst of
	 * requests each paid that bcrypt (tens of ms of CPU apiece). It is paid here, once, before the port opens.
	 */
	private static AuthenticationManager localAuthentication(UserDetailsService users) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		try {
			provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("no-such-user", "warm-up"));
		}
		catch (AuthenticationException expected) {
			// an unknown user, as intended
		}
		return new ProviderManager(provider);
	}

}
