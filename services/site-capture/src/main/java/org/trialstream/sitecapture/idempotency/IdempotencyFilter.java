package org.trialstream.sitecapture.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import org.trialstream.sitecapture.idempotency.IdempotencyStore.Claim;
import org.trialstream.sitecapture.idempotency.IdempotencyStore.StoredResponse;
import org.trialstream.sitecapture.web.CachedBodyRequest;
import org.trialstream.sitecapture.web.ProblemDetails;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies {@link IdempotencyStore} to authenticated writes that carry an {@code Idempotency-Key}: keys are scoped to
 * the user, and the request is fingerprinted by method, path and body bytes. Runs after Spring Security and after
 * the body size limit (which keeps the body in memory).
 */
public class IdempotencyFilter extends OncePerRequestFilter {

	public static final String HEADER = "Idempotency-Key";

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private static final int MAX_KEY_LENGTH = 255;

	private final IdempotencyStore store;

	private final JsonMapper json;

	private final Clock clock;

	public IdempotencyFilter(IdempotencyStore store, JsonMapper json, Clock clock) {
		this.store = store;
		this.json = json;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| WebUtils.getNativeRequest(request, CachedBodyRequest.class) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
			problem(response, ProblemDetails.problem(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
					"Idempotency-Key must be 1-" + MAX_KEY_LENGTH + " printable ASCII characters."));
			return;
		}
		if (user == null) {
			chain.doFilter(request, response);
			return;
		}
		String scope = user.getName() + "\n" + key;
		switch (store.claim(scope, fingerprint(request, WebUtils.getNativeRequest(request, CachedBodyRequest.class)), clock.instant())) {
			case Claim.Granted granted -> proceed(request, response, chain, scope);
			case Claim.Replay replay -> replay(response, replay.response());
			case Claim.Mismatch mismatch -> problem(response,
					ProblemDetails.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
							"This Idempotency-Key was used for a different request; nothing was written."));
			case Claim.InProgress inProgress -> problem(response, ProblemDetails.problem(HttpStatus.CONFLICT,
					"idempotency-key-in-progress", "A request with this Idempotency-Key is still being processed."));
		}
	}

	private void proceed(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String scope)
			throws ServletException, IOException {
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		boolean completed = false;
		try {
			chain.doFilter(request, captured);
			if (captured.getStatus() < 500) {
				store.complete(scope, new StoredResponse(captured.getStatus(), captured.getContentType(),
						captured.getHeader(HttpHeaders.LOCATION), captured.getContentAsByteArray()));
				completed = true;
			}
		}
		finally {
			if (!completed) {
				store.release(scope);
			}
			captured.copyBodyToResponse();
		}
	}

	private static void replay(HttpServletResponse response, StoredResponse stored) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		response.setHeader(REPLAYED_HEADER, "true");
		response.getOutputStream().write(stored.body());
	}

	private void problem(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	private static String fingerprint(HttpServletRequest request, CachedBodyRequest body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(body.body()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
