package org.trialstream.benchmark.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;


/**
 * site-capture as the load generator uses it: HTTP/1.1 over loopback with kept-alive connections, HTTP Basic as a
 * site user, a fresh Idempotency-Key on every write, and asynchronous sends (the JDK client on virtual threads) so
 * that the scheduler never waits for a reply.
 */
public final class SiteCaptureApi implements AutoCloseable {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

	private final URI base;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final HttpClient http;

	private final Answers answers = new Answers();

	public SiteCaptureApi(URI base) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.executor(executor)
			.build();
	}

	public HttpClient http() {
		return http;
	}

	/** A POST with a fresh Idempotency-Key, as a site sends each new write. */
	public HttpRequest post(String user, String path, byte[] json) {
		return HttpRequest.newBuilder(base.resolve(path))
			.header("Authorization", LocalUsers.basic(user))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.timeout(REQUEST_TIMEOUT)
			.POST(HttpRequest.BodyPublishers.ofByteArray(json))
			.build();
	}

	public HttpRequest visit(String user, String subjectId, byte[] json) {
		return post(user, "/api/v1/trials/" + LocalUsers.TRIAL + "/subjects/" + subjectId + "/visits", json);
	}

	public HttpRequest batch(String user, byte[] json) {
		return post(user, "/api/v1/trials/" + LocalUsers.TRIAL + "/visits:batch", json);
	}

	public HttpRequest adverseEvent(String user, String subjectId, byte[] json) {
		return post(user, "/api/v1/trials/" + LocalUsers.TRIAL + "/subjects/" + subjectId + "/adverse-events", json);
	}

	/** Completes with true on a 2xx; anything else is counted in {@link #answers()}. */
	public CompletableFuture<Boolean> send(HttpRequest request) {
		return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
			if (error != null) {
				answers.failed(0, error.toString());
				return false;
			}
			if (response.statusCode() / 100 != 2) {
				answers.failed(response.statusCode(), response.body());
				return false;
			}
			return true;
		});
	}

	public Answers answers() {
		return answers;
	}

	public HttpResponse<String> sendAndRead(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
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

	/** As a site retries: the same Idempotency-Key, after a timeout or a 503, up to three times. */
	private String enrolOne(String user, byte[] body) throws IOException, InterruptedException {
		HttpRequest request = post(user, "/api/v1/trials/" + LocalUsers.TRIAL + "/subjects", body);
		for (int attempt = 1;; attempt++) {
			try {
				HttpResponse<String> response = sendAndRead(request);
				if (response.statusCode() == 201) {
					return Payloads.json().readTree(response.body()).path("subjectId").asString();
				}
				if (response.statusCode() != 503 || attempt == 3) {
					throw new IllegalStateException(
							"enrolment as " + user + " answered " + response.statusCode() + ": " + response.body());
				}
			}
			catch (HttpTimeoutException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	@Override
	public void close() {
		http.close();
		executor.close();
	}

}
