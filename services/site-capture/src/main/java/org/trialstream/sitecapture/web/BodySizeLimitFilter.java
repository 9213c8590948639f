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
 * Refuses request bodies above the limit (256 KiB by default; batches, which carry up to max-batch-items visits,
 * have their own limit) with 413 and a problem body before anything parses them, whether the size is declared
 * (Content-Length) or streamed (chunked). Bodies within the limit are kept in memory so that later filters can read
 * them again.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

	static final String BATCH_SUFFIX = "/visits:batch";

	private final long maxBytes;

	private final long maxBatchBytes;

	private final JsonMapper json;

	public BodySizeLimitFilter(long maxBytes, long maxBatchBytes, JsonMapper json) {
		this.maxBytes = maxBytes;
		this.maxBatchBytes = maxBatchBytes;
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
		long limit = request.getRequestURI().endsWith(BATCH_SUFFIX) ? maxBatchBytes : maxBytes;
		if (request.getContentLengthLong() > limit) {
			tooLarge(response, limit);
			return;
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		}
		if (body.length > limit) {
			tooLarge(response, limit);
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private void tooLarge(HttpServletResponse response, long limit) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// Tell the client we stop reading, so it does not keep sending the rest of a large body.
		response.setHeader("Connection", "close");
		json.writeValue(response.getOutputStream(), ProblemDetails.problem(HttpStatus.CONTENT_TOO_LARGE,
				"body-too-large", "The request body exceeds " + limit + " bytes; nothing was written."));
	}

}
