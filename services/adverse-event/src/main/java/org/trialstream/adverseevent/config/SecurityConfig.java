package org.trialstream.adverseevent.config;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Alerts are for safety monitors (role MONITOR) and the sponsor's safety staff (SPONSOR_SAFETY) only; anyone else
 * gets 403, and nobody gets anything unauthenticated but the health probes. Users come from configuration (HTTP
 * Basic; local development users in application.yml). CSRF tokens are off because no cookie session exists
 * (stateless Basic); the one write, the acknowledgement, accepts only application/json, which a cross-site form
 * cannot send and cross-site scripts cannot send without a CORS preflight this service never grants.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

	static final String[] ALERT_ROLES = { "MONITOR", "SPONSOR_SAFETY" };

	private static final String REALM = "trialstream safety";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC)
			.permitAll()
			.requestMatchers("/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/", "/console", "/console/**", "/api/v1/**")
			.hasAnyRole(ALERT_ROLES)
			.anyRequest()
			.denyAll())
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(errors -> errors.accessDeniedHandler(forbidden()).authenticationEntryPoint(unauthorized()))
			.headers(Customizer.withDefaults());
		return http.build();
	}

	// Exposed as a plain UserDetailsService: an InMemoryUserDetailsManager is also a UserDetailsPasswordService, so
	// Spring Security would "upgrade" the {noop} passwords to bcrypt after the first login and then pay a bcrypt
	// (50-100 ms of CPU) on every request (found by the benchmark's profile, docs/benchmarks.md).
	@Bean
	UserDetailsService users(AdverseEventProperties properties) {
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(properties.users()
			.stream()
			.map(user -> (UserDetails) User.withUsername(user.username())
				.password(user.password())
				.roles(user.role())
				.build())
			.toList());
		return users::loadUserByUsername;
	}

	/** 403 as RFC 9457 problem details. */
	private static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> problem(response, HttpStatus.FORBIDDEN,
				"Safety alerts are for monitors and sponsor safety staff only.");
	}

	/** 401 as problem details, with the Basic challenge that makes a browser ask for credentials. */
	private static AuthenticationEntryPoint unauthorized() {
		return (request, response, exception) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
			problem(response, HttpStatus.UNAUTHORIZED, "Sign in as a safety monitor.");
		};
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
				.formatted(status.getReasonPhrase(), status.value(), detail));
	}

}
