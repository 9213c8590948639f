package org.trialstream.sitecapture.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies above the limit (256 KiB by default) with 413 and a problem body before anything parses
 * them, whether the size is declared (Content-Length) or streamed (chunked). Bodies within the limit are kept in
 * memory so that later filters can read them again.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final JsonMapper json;

	public BodySizeLimitFilter(long maxBytes, JsonMapper json) {
		this.maxBytes = maxBytes;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			tooLarge(response);
			return;
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		if (body.length > maxBytes) {
			tooLarge(response);
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private void tooLarge(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// Tell the client we stop reading, so it does not keep sending the rest of a large body.
		response.setHeader("Connection", "close");
		json.writeValue(response.getOutputStream(), ProblemDetails.problem(HttpStatus.CONTENT_TOO_LARGE,
				"body-too-large", "The request body exceeds " + maxBytes + " bytes; nothing was written."));
	}

}
