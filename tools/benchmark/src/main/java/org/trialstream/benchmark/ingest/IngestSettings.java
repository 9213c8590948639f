package org.trialstream.benchmark.ingest;

import java.time.Duration;
import java.util.List;

/**
 * How the ingest measure loads site-capture.
 *
 * @param subjects subjects enrolled for the load (visits go round-robin over them)
 * @param warmup time at a low rate before the first step, not counted: long enough for the JIT to compile the
 *     request path (5 s left a freshly started site-capture interpreting it through the first steps)
 * @param rates single-visit rates to climb through, per second
 * @param step how long each rate lasts
 * @param stopAboveP99Ms the climb stops once a step's p99 passes this
 * @param batchSize visits per batch request
 * @param batchConcurrency batch requests in flight at once
 * @param batchDuration how long the batch load lasts
 */
public record IngestSettings(int subjects, Duration warmup, List<Integer> rates, Duration step, double stopAboveP99Ms,
		int batchSize, int batchConcurrency, Duration batchDuration) {

	public static final double GOAL_P99_MS = 20;

	public static final double GOAL_SINGLE_PER_SECOND = 5_000;

	public static final double GOAL_BATCH_PER_SECOND = 50_000;

	public static IngestSettings of(boolean smoke, List<Integer> rates, Duration step) {
		return smoke ? new IngestSettings(20, Duration.ofSeconds(1), rates, step, 50, 100, 2, step)
				: new IngestSettings(500, Duration.ofSeconds(30), rates, step, 50, 500, 4, step);
	}

}
