package org.trialstream.benchmark.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.trialstream.benchmark.harness.LatencyRecorder;
import org.trialstream.benchmark.harness.LatencySummary;
import org.trialstream.benchmark.platform.LocalUsers;
import org.trialstream.benchmark.platform.Payloads;
import org.trialstream.benchmark.platform.SiteCaptureApi;
import tools.jackson.databind.JsonNode;

/**
 * Batch ingest at saturation: a few workers each post a batch, read how many items were accepted, and post the
 * next, for a fixed time. Closed loop on purpose: this measures the most the endpoint sustains, not latency at a
 * rate; the visits/s count only accepted items.
 */
final class BatchLoad {

	/**
	 * @param acceptedPerSecond accepted visits per second
	 * @param accepted accepted visits
	 * @param rejected rejected visits (items) and failed requests' items
	 * @param requestLatency latency of one batch request
	 */
	record Result(double acceptedPerSecond, long accepted, long rejected, LatencySummary requestLatency) {
	}

	private BatchLoad() {
	}

	static Result run(SiteCaptureApi api, List<String> subjects, IngestSettings settings) throws InterruptedException {
		List<byte[]> bodies = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			bodies.add(Payloads.batch(subjects, settings.batchSize(), i * settings.batchSize()));
		}
		AtomicLong accepted = new AtomicLong();
		AtomicLong rejected = new AtomicLong();
		LatencyRecorder latencies = new LatencyRecorder();
		long start = System.nanoTime();
		long end = start + settings.batchDuration().toNanos();
		try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> running = new ArrayList<>();
			for (int w = 0; w < settings.batchConcurrency(); w++) {
				int worker = w;
				running.add(workers.submit(() -> {
					int round = worker;
					while (System.nanoTime() < end) {
						byte[] body = bodies.get(round++ % bodies.size());
						long sent = System.nanoTime();
						int ok = post(api, body);
						latencies.record(System.nanoTime() - sent);
						accepted.addAndGet(ok);
						rejected.addAndGet(settings.batchSize() - ok);
					}
					return null;
				}));
			}
			for (Future<?> worker : running) {
				try {
					worker.get();
				}
				catch (ExecutionException ex) {
					throw new IllegalStateException("a batch worker failed", ex.getCause());
				}
			}
		}
		double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
		return new Result(accepted.get() / seconds, accepted.get(), rejected.get(), latencies.summary());
	}

	/** Accepted items of one batch; a batch that got no answer in time accepted none. */
	private static int post(SiteCaptureApi api, byte[] body) throws InterruptedException {
		SiteCaptureApi.Reply response;
		try {
			response = api.sendAndRead(api.batch(LocalUsers.LOAD_SITE_USER, body));
		}
		catch (IOException ex) {
			System.err.println("  batch got no answer: " + ex);
			return 0;
		}
		if (response.status() != 200) {
			System.err.println("  batch answered " + response.status() + ": " + abbreviate(response.body()));
			return 0;
		}
		JsonNode json = Payloads.json().readTree(response.body());
		return json.path("accepted").asInt();
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "..." : text;
	}

}
