package org.trialstream.outcome.config;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.trialstream.security.ClaimAuthorities;
import org.trialstream.security.SecurityMode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads (reports, dashboard) for SPONSOR, DMC and ADMIN users; unblinding for DMC and ADMIN; health probes open.
 * What each reader sees inside a report is decided by the reporting rules, not here. LOCAL mode: HTTP Basic against
 * the configured local users (development); the browser's own login prompt serves the dashboard. JWT mode
 * (SECURITY_MODE=jwt): bearer tokens from JWT_ISSUER_URI with the role in the {@code role} claim, no local users;
 * browsers reach the dashboard through an authenticating proxy that forwards their token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String SPONSOR = "SPONSOR";

	static final String DMC = "DMC";

	static final String ADMIN = "ADMIN";

	@Bean
	SecurityFilterChain outcomeSecurity(HttpSecurity http, JsonMapper json, OutcomeProperties properties) {
		boolean local = properties.security().mode() == SecurityMode.LOCAL;
		ProblemSecurityHandler problems = new ProblemSecurityHandler(json, local ? "Basic" : "Bearer");
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/trials/*/unblinding")
				.hasAnyRole(DMC, ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/v1/**", "/dashboard", "/dashboard/**")
				.hasAnyRole(SPONSOR, DMC, ADMIN)
				.anyRequest()
				.denyAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		if (local) {
			http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
		}
		else {
			http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				.jwt(jwt -> jwt.decoder(properties.security().jwt().decoder())
					.jwtAuthenticationConverter(new ClaimAuthorities("role", null).authenticationConverter())));
		}
		return http.build();
	}

	/** Development users from application.yml (none in JWT mode); passwords in plain text because they are dev-only. */
	// Exposed as a plain UserDetailsService: an InMemoryUserDetailsManager is also a UserDetailsPasswordService, so
	// Spring Security would "upgrade" the {noop} passwords to bcrypt after the first login and then pay a bcrypt
	// (50-100 ms of CPU) on every request (found by the benchmark's profile, docs/benchmarks.md).
	@Bean
	UserDetailsService localUsers(OutcomeProperties properties) {
		boolean local = properties.security().mode() == SecurityMode.LOCAL;
		List<UserDetails> users = (local ? properties.users() : List.<OutcomeProperties.LocalUser>of())
			.stream()
			.map(user -> User.withUsername(user.username())
				.password("{noop}" + user.password())
				.roles(user.roles().toArray(String[]::new))
				.build())
			.toList();
		return new InMemoryUserDetailsManager(users)::loadUserByUsername;
	}

}
