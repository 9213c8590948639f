package org.trialstream.sitecapture.security;

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

	private final LocalUsers localUsers;

	private final SecurityProperties.Jwt claims;

	public ActorResolver(LocalUsers localUsers, SecurityProperties properties) {
		this.localUsers = localUsers;
		this.claims = properties.jwt();
	}

	public Actor current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			return fromJwt(token.getToken());
		}
		if (authentication == null) {
			throw new AccessDeniedException("Not authenticated");
		}
		return localUsers.actor(authentication.getName())
			.orElseThrow(() -> new AccessDeniedException("No actor for this authentication"));
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
