package org.trialstream.benchmark.alert;

import java.time.Duration;
import java.util.List;

import org.trialstream.benchmark.ingest.IngestSettings;

/**
 * How the alert measure runs.
 *
 * @param subjects subjects the serious adverse events are reported for, round-robin (each subject has at most one
 * alert in flight, which is how an arrival is matched to its POST)
 * @param alertsPerSecond serious adverse events POSTed per second (open loop)
 * @param backgroundVisitsPerSecond visits POSTed per second meanwhile
 * @param clientCounts SSE clients connected, one run each
 * @param duration how long each run sends
 * @param warmup how long a first run, not counted, sends the same load with the most clients
 * @param climb how long visits alone climb to the background rate before that (site-capture compiled first)
 */
public record AlertSettings(int subjects, double alertsPerSecond, double backgroundVisitsPerSecond,
		List<Integer> clientCounts, Duration duration, Duration warmup, Duration climb) {

	public static final double GOAL_P50_MS = 5;

	public static final double GOAL_P99_MS = 25;

	/** The broker round trip timed beside each run: as many records per second as alerts, the floor's size. */
	static final double ROUND_TRIPS_PER_SECOND = 20;

	static final int ROUND_TRIP_BYTES = 400;

	/** The rates visits climb through before the runs, none above the background's. */
	List<Integer> climbRates() {
		return IngestSettings.warmupRatesUpTo((int) backgroundVisitsPerSecond);
	}

	/** The goal's conditions (1,000 visits/s in the background), or a lighter one to look at the path alone. */
	public static AlertSettings of(boolean smoke, Duration duration, Integer backgroundVisitsPerSecond) {
		AlertSettings settings = smoke
				? new AlertSettings(20, 5, 100, List.of(1, 5), duration, Duration.ofSeconds(1), Duration.ofSeconds(1))
				: new AlertSettings(200, 20, 1_000, List.of(1, 100), duration.multipliedBy(2), Duration.ofSeconds(20),
						Duration.ofSeconds(60));
		return backgroundVisitsPerSecond == null ? settings
				: new AlertSettings(settings.subjects(), settings.alertsPerSecond(), backgroundVisitsPerSecond,
						settings.clientCounts(), settings.duration(), settings.warmup(), settings.climb());
	}

}
