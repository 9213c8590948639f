package org.trialstream.benchmark.ingest;

import java.time.Duration;
import java.util.List;

/**
 * How the ingest measure loads site-capture.
 *
 * @param subjects subjects enrolled for the load (visits go round-robin over them)
 * @param warmup time before the first step, not counted, climbing through {@link #warmupRates()}: long enough for
 *     the JIT to compile the request path. A freshly started site-capture still interprets much of it; sent
 *     1,000 visits/s after 30 s at 200/s it fell behind, and the heap filled with requests waiting their turn kept it
 *     in full collections for the whole step (542 of 1,000/s achieved, p50 130 ms); warmed through the rates
 *     below it took the same step at p99 12-19 ms.
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

	private static final List<Integer> WARMUP_RATES = List.of(100, 200, 350, 500);

	public static final double GOAL_SINGLE_PER_SECOND = 5_000;

	public static final double GOAL_BATCH_PER_SECOND = 50_000;

	/** Warm-up rates, each for an equal share of {@link #warmup()}, none above the climb's top rate. */
	public List<Integer> warmupRates() {
		return warmupRatesUpTo(rates().stream().mapToInt(Integer::intValue).max().orElse(WARMUP_RATES.getFirst()));
	}

	/** The warm-up rates at or below {@code top}, or {@code top} alone if it is below them all. */
	public static List<Integer> warmupRatesUpTo(int top) {
		List<Integer> below = WARMUP_RATES.stream().filter(rate -> rate <= top).toList();
		return below.isEmpty() ? List.of(top) : below;
	}

	public static IngestSettings of(boolean smoke, List<Integer> rates, Duration step) {
		return smoke ? new IngestSettings(20, Duration.ofSeconds(1), rates, step, 50, 100, 2, step)
				: new IngestSettings(500, Duration.ofSeconds(60), rates, step, 50, 500, 4, step);
	}

}
