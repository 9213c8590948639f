package org.trialstream.adverseevent.config;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.trialstream.adverseevent.config.AdverseEventProperties.LocalUser;
import org.trialstream.security.ClaimAuthorities;
import org.trialstream.security.SecurityMode;

/**
 * Alerts are for safety monitors (role MONITOR) and the sponsor's safety staff (SPONSOR_SAFETY) only; anyone else
 * gets 403, and nobody gets anything unauthenticated but the health probes. LOCAL mode: HTTP Basic against the
 * development users of application.yml. JWT mode (SECURITY_MODE=jwt): bearer tokens from JWT_ISSUER_URI, role and
 * trials from the {@code role} and {@code trials} claims, no local users. CSRF tokens are off because no cookie
 * session exists (stateless); the one write, the acknowledgement, accepts only application/json, which a
 * cross-site form cannot send and cross-site scripts cannot send without a CORS preflight this service never grants.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

	static final String[] ALERT_ROLES = { "MONITOR", "SPONSOR_SAFETY" };

	private static final String REALM = "trialstream safety";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AdverseEventProperties properties) throws Exception {
		boolean local = properties.security().mode() == SecurityMode.LOCAL;
		http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC)
			.permitAll()
			.requestMatchers("/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/", "/console", "/console/**", "/api/v1/**")
			.hasAnyRole(ALERT_ROLES)
			.anyRequest()
			.denyAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(errors -> errors.accessDeniedHandler(forbidden()).authenticationEntryPoint(unauthorized(local)))
			.headers(headers -> headers.addObjectPostProcessor(headersWrittenFirst()));
		if (local) {
			http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized(true)));
		}
		else {
			http.oauth2ResourceServer(server -> server.authenticationEntryPoint(unauthorized(false))
				.accessDeniedHandler(forbidden())
				.jwt(jwt -> jwt.decoder(properties.security().jwt().decoder())
					.jwtAuthenticationConverter(new ClaimAuthorities("role", "trials").authenticationConverter())));
		}
		return http.build();
	}

	/**
	 * The security headers are written before the request goes on, not while the filter chain unwinds: a monitor's
	 * SSE stream writes (and commits) its response from a thread of its own while the request thread is still on its
	 * way back through the filters, and two threads writing Tomcat's response headers at once threw
	 * NullPointerExceptions that broke the stream (spring-security#15510, open for Spring Security 7.1).
	 */
	static ObjectPostProcessor<HeaderWriterFilter> headersWrittenFirst() {
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends HeaderWriterFilter> O postProcess(O filter) {
				filter.setShouldWriteHeadersEagerly(true);
				return filter;
			}
		};
	}

	// Exposed as a plain UserDetailsService: an InMemoryUserDetailsManager is also a UserDetailsPasswordService, so
	// Spring Security would "upgrade" the {noop} passwords to bcrypt after the first login and then pay a bcrypt
	// (50-100 ms of CPU) on every request (found by the benchmark's profile, docs/benchmarks.md).
	// The trials a user monitors travel as TRIAL_<id> authorities, as they do from a token's claims. In JWT mode
	// there are no local users.
	@Bean
	UserDetailsService users(AdverseEventProperties properties) {
		boolean local = properties.security().mode() == SecurityMode.LOCAL;
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager((local ? properties.users() : List.<LocalUser>of())
			.stream()
			.map(user -> (UserDetails) User.withUsername(user.username())
				.password(user.password())
				.authorities(authorities(user))
				.build())
			.toList());
		return users::loadUserByUsername;
	}

	private static List<GrantedAuthority> authorities(LocalUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + user.role()));
		user.trials().forEach(trial -> authorities.add(new SimpleGrantedAuthority(ClaimAuthorities.TRIAL_PREFIX + trial)));
		return authorities;
	}

	/** 403 as RFC 9457 problem details. */
	private static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> problem(response, HttpStatus.FORBIDDEN,
				"Safety alerts are for monitors and sponsor safety staff only.");
	}

	/**
	 * 401 as problem details, with the challenge of the mode: Basic makes a browser ask for credentials; Bearer
	 * tells a client (or the authenticating proxy in front of the console) that a token is needed.
	 */
	private static AuthenticationEntryPoint unauthorized(boolean local) {
		return (request, response, exception) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
					local ? "Basic realm=\"" + REALM + "\"" : "Bearer realm=\"" + REALM + "\"");
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
