package org.trialstream.sitecapture.security;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Turns the authenticated user into an {@link Actor}: local users from their configured binding, JWT users from
 * their claims. Controllers take an {@code Actor} parameter; nothing about the actor comes from the request body.
 */
@Component
public class ActorResolver implements HandlerMethodArgumentResolver {

	private final Map<String, Actor> localUsers;

	private final SecurityProperties.Jwt claims;

	public ActorResolver(SecurityProperties properties) {
		this.localUsers = properties.users()
			.stream()
			.map(SecurityProperties.LocalUser::actor)
			.collect(Collectors.toMap(Actor::id, Function.identity()));
		this.claims = properties.jwt();
	}

	public Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			return fromJwt(token.getToken());
		}
		Actor actor = authentication == null ? null : localUsers.get(authentication.getName());
		if (actor == null) {
			throw new AccessDeniedException("No actor for this authentication");
		}
		return actor;
	}

	Actor fromJwt(Jwt jwt) {
		Role role;
		try {
			role = Role.valueOf(String.valueOf(jwt.getClaimAsString(claims.roleClaim())));
		}
		catch (IllegalArgumentException ex) {
			throw new AccessDeniedException("Token carries no known role");
		}
		if (role == Role.SITE && (jwt.getClaimAsString(claims.trialClaim()) == null
				|| jwt.getClaimAsString(claims.siteClaim()) == null)) {
			throw new AccessDeniedException("A site token must name its trial and site");
		}
		return role == Role.SITE ? new Actor(jwt.getSubject(), role, jwt.getClaimAsString(claims.trialClaim()),
				jwt.getClaimAsString(claims.siteClaim())) : new Actor(jwt.getSubject(), role, null, null);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Actor.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return current();
	}

}
