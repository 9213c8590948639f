package org.trialstream.security;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Where tokens come from: the issuer every token must name, and optionally the URL of its signing keys (JWK set);
 * without it the keys are found through the issuer's OpenID discovery document.
 *
 * @param issuerUri the identity provider's issuer, as in the tokens' {@code iss} claim (JWT_ISSUER_URI)
 * @param jwkSetUri where its public keys are served (JWT_JWK_SET_URI), or blank for discovery
 */
public record IdentityProvider(String issuerUri, String jwkSetUri) {

	/** A decoder that accepts only tokens signed by this provider's keys, naming it as issuer, and not expired. */
	public JwtDecoder decoder() {
		if (!StringUtils.hasText(issuerUri)) {
			throw new IllegalStateException("SECURITY_MODE=jwt needs JWT_ISSUER_URI");
		}
		if (StringUtils.hasText(jwkSetUri)) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
			decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuerUri));
			return decoder;
		}
		// Resolved on first use, so the service starts while the identity provider is still coming up.
		return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuerUri));
	}

}
