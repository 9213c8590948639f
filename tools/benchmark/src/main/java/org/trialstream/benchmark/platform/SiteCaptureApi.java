package org.trialstream.benchmark.platform;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * site-capture as the load generator uses it: HTTP/1.1 over loopback with kept-alive connections, HTTP Basic as a
 * site user, a fresh Idempotency-Key on every write. Each request is a blocking call on a virtual thread of its own,
 * so the scheduler never waits for a reply. Apache HttpClient rather than the JDK's: the JDK client's asynchronous
 * machinery took three quarters of the generator's CPU, which on two cores is taken from the platform measured.
 */
public final class SiteCaptureApi implements AutoCloseable {

	/** As many connections as requests the scheduler lets be in flight (as if each were a site of its own). */
	private static final int MAX_CONNECTIONS = 512;

	private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(2);

	private static final Timeout REQUEST_TIMEOUT = Timeout.ofSeconds(15);

	private final URI base;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final CloseableHttpClient http;

	private final Answers answers = new Answers();

	public SiteCaptureApi(URI base) {
		this.base = base;
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(MAX_CONNECTIONS)
				.setMaxConnPerRoute(MAX_CONNECTIONS)
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(CONNECT_TIMEOUT)
					.setSocketTimeout(REQUEST_TIMEOUT)
					.build())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(REQUEST_TIMEOUT).build())
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.disableContentCompression()
			.disableConnectionState()
			.build();
	}

	/** One write as a site sends it: a path under site-capture, the user, the JSON body and its Idempotency-Key. */
	public record Post(String user, String path, byte[] json, String idempotencyKey) {
	}

	/** The status and body of an answer. */
	public record Reply(int status, String body) {
	}

	/** A POST with a fresh Idempotency-Key, as a site sends each new write. */
	public Post post(String user, String path, byte[] json) {
		return new Post(user, path, json, UUID.randomUUID().toString());
	}

	public Post visit(String user, String subjectId, byte[] json) {
		return post(user, "/api/v1/trials/" + LocalUsers.TRIAL + "/subjects/" + subjectId + "/visits", json);
	}

	public Post batch(String user, byte[] json) {
		return post(user, "/api/v1/trials/" + LocalUsers.TRIAL + "/visits:batch", json);
	}

	public Post adverseEvent(String user, String subjectId, byte[] json) {
		return post(user, "/api/v1/trials/" + LocalUsers.TRIAL + "/subjects/" + subjectId + "/adverse-events", json);
	}

	/** Completes with true on a 2xx; anything else is counted in {@link #answers()}. */
	public CompletableFuture<Boolean> send(Post post) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				Reply reply = sendAndRead(post);
				if (reply.status() / 100 != 2) {
					answers.failed(reply.status(), reply.body());
					return false;
				}
				return true;
			}
			catch (IOException | InterruptedException ex) {
				answers.failed(0, ex.toString());
				return false;
			}
		}, executor);
	}

	public Answers answers() {
		return answers;
	}

	public Reply sendAndRead(Post post) throws IOException, InterruptedException {
		HttpPost request = new HttpPost(base.resolve(post.path()));
		request.setHeader("Authorization", LocalUsers.basic(post.user()));
		request.setHeader("Idempotency-Key", post.idempotencyKey());
		request.setEntity(new ByteArrayEntity(post.json(), ContentType.APPLICATION_JSON));
		try {
			return http.execute(request,
					response -> new Reply(response.getCode(), EntityUtils.toString(response.getEntity())));
		}
		catch (InterruptedIOException ex) {
			if (Thread.currentThread().isInterrupted()) {
				throw new InterruptedException(ex.getMessage());
			}
			throw ex;
		}
	}

	/** Enrols {@code count} subjects at the user's site, a few at a time, and returns their ids. */
	public List<String> enrol(String user, int count) throws InterruptedException {
		Semaphore concurrency = new Semaphore(8);
		List<Future<String>> enrolments = new ArrayList<>();
		byte[] body = Payloads.enrolment();
		for (int i = 0; i < count; i++) {
			concurrency.acquire();
			enrolments.add(executor.submit(() -> {
				try {
					return enrolOne(user, body);
				}
				finally {
					concurrency.release();
				}
			}));
		}
		List<String> subjects = new ArrayList<>();
		for (Future<String> enrolment : enrolments) {
			try {
				subjects.add(enrolment.get());
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw new IllegalStateException(ex.getCause().getMessage(), ex.getCause());
			}
		}
		return subjects;
	}

	/** As a site retries: the same Idempotency-Key, after a timeout, a 429 or a 503, up to three times. */
	private String enrolOne(String user, byte[] body) throws IOException, InterruptedException {
		Post enrolment = post(user, "/api/v1/trials/" + LocalUsers.TRIAL + "/subjects", body);
		for (int attempt = 1;; attempt++) {
			try {
				Reply reply = sendAndRead(enrolment);
				if (reply.status() == 201) {
					return Payloads.json().readTree(reply.body()).path("subjectId").asString();
				}
				if (reply.status() != 429 && reply.status() != 503 || attempt == 3) {
					throw new IllegalStateException(
							"enrolment as " + user + " answered " + reply.status() + ": " + reply.body());
				}
			}
			catch (SocketTimeoutException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	@Override
	public void close() {
		http.close(CloseMode.GRACEFUL);
		executor.close();
	}

}
