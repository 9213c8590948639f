package org.trialstream.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A sponsor's identity provider for tests of SECURITY_MODE=jwt: it serves its public key as a JWK set on loopback
 * and signs bearer tokens with the claims a test gives; {@link #forged} signs with a key it never published.
 */
public final class TokenIssuer implements AutoCloseable {

	private final RSAKey key = generateKey();

	private final RSAKey forger = generateKey();

	private final HttpServer server;

	private TokenIssuer(HttpServer server) {
		this.server = server;
	}

	/** Starts serving the key set on a free loopback port. */
	public static TokenIssuer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			TokenIssuer issuer = new TokenIssuer(server);
			byte[] keys = new JWKSet(issuer.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server.createContext("/jwks", exchange -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, keys.length);
				exchange.getResponseBody().write(keys);
				exchange.close();
			});
			server.start();
			return issuer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The issuer tokens name (JWT_ISSUER_URI). */
	public String issuerUri() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Where the public key is served (JWT_JWK_SET_URI). */
	public String jwkSetUri() {
		return issuerUri() + "/jwks";
	}

	/**
	 * Puts a service into SECURITY_MODE=jwt with this issuer: every service binds {@code <prefix>.mode} and
	 * {@code <prefix>.jwt.issuer-uri} / {@code .jwk-set-uri}, e.g. prefix {@code site-capture.security}.
	 */
	public void registerJwtMode(DynamicPropertyRegistry registry, String prefix) {
		registry.add(prefix + ".mode", () -> "jwt");
		registry.add(prefix + ".jwt.issuer-uri", this::issuerUri);
		registry.add(prefix + ".jwt.jwk-set-uri", this::jwkSetUri);
	}

	/** A valid token for five minutes, for the given subject (the actor) and claims. */
	public String token(String subject, Map<String, Object> claims) {
		return sign(key, subject, claims);
	}

	/** A token that looks right but is signed by a key the issuer never published. */
	public String forged(String subject, Map<String, Object> claims) {
		return sign(forger, subject, claims);
	}

	private String sign(RSAKey signingKey, String subject, Map<String, Object> claims) {
		JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuerUri())
			.subject(subject)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(300)));
		claims.forEach(set::claim);
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				set.build());
		try {
			jwt.sign(new RSASSASigner(signingKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey generateKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("trialstream-test").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
