package org.trialstream.benchmark.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.trialstream.benchmark.floor.Floor;
import org.trialstream.benchmark.harness.LoadResult;
import org.trialstream.benchmark.platform.LocalUsers;
import org.trialstream.benchmark.platform.SiteCaptureApi;
import org.trialstream.benchmark.report.Figure;
import org.trialstream.benchmark.report.Goal;
import org.trialstream.benchmark.report.Section;
import org.trialstream.benchmark.resources.ProcessCpu;

/**
 * Climbs through the single-visit rates (open loop, each for one step) until a step's p99 passes the stop limit
 * or errors appear, then measures batch throughput. The headline is the highest rate whose step met the goal (p99
 * under 20 ms, no errors, the offered rate achieved).
 */
public final class IngestMeasure {

	public static final String ID = "ingest";

	private final SiteCaptureApi api;

	private final IngestSettings settings;

	private final ProcessCpu cpu;

	public IngestMeasure(SiteCaptureApi api, IngestSettings settings, ProcessCpu cpu) {
		this.api = api;
		this.settings = settings;
		this.cpu = cpu;
	}

	public Section run(Floor floor) throws InterruptedException {
		List<String> subjects = api.enrol(LocalUsers.LOAD_SITE_USER, settings.subjects());
		VisitLoad load = new VisitLoad(api, subjects);
		load.climb(settings.warmupRates(), settings.warmup());
		api.answers().drainTo("  ingest: warm-up: ");
		List<Figure> figures = new ArrayList<>();
		double sustained = 0;
		for (int rate : settings.rates()) {
			ProcessCpu.Sample before = cpu.sample();
			LoadResult step = load.run(rate, settings.step());
			Map<String, Double> cores = ProcessCpu.coresBetween(before, cpu.sample());
			progress("%,d/s offered: %,.0f/s achieved, p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.1f ms, errors %d",
					rate, step.achievedPerSecond(), step.latency().p50Ms(), step.latency().p99Ms(),
					step.latency().p999Ms(), step.latency().maxMs(), step.failed() + step.timedOut());
			progress("  CPU, cores: %s", ProcessCpu.describe(cores));
			api.answers().drainTo("  ingest:   ");
			String at = String.format(Locale.ROOT, " at %,d/s", rate);
			figures.add(Figure.of(ID, "single visit p50" + at, step.latency().p50Ms(), "ms").againstFloor(floor.p50()));
			figures.add(Figure.of(ID, "single visit p99" + at, step.latency().p99Ms(), "ms")
				.againstFloor(floor.p99())
				.withGoal(Goal.atMost(IngestSettings.GOAL_P99_MS)));
			figures.add(Figure.of(ID, "single visit p99.9" + at, step.latency().p999Ms(), "ms")
				.againstFloor(floor.p999()));
			figures.add(Figure.of(ID, "achieved" + at, step.achievedPerSecond(), "visits/s")
				.withNote(errors(step)));
			figures.add(Figure.of(ID, "CPU used" + at, ProcessCpu.total(cores), "cores")
				.withNote(ProcessCpu.describe(cores)));
			if (meetsGoal(step)) {
				sustained = Math.max(sustained, rate);
			}
			if (step.latency().p99Ms() > settings.stopAboveP99Ms() || step.errorRatio() > 0.01) {
				progress("stopping the climb: p99 %.1f ms, errors %.1f %%", step.latency().p99Ms(),
						step.errorRatio() * 100);
				break;
			}
		}
		figures.addFirst(Figure.of(ID, "single visits with p99 < 20 ms", sustained, "visits/s")
			.againstFloor(floor.producerPerSecond())
			.withGoal(Goal.atLeast(IngestSettings.GOAL_SINGLE_PER_SECOND))
			.withNote("highest rate stepped through"));
		ProcessCpu.Sample beforeBatches = cpu.sample();
		BatchLoad.Result batch = BatchLoad.run(api, subjects, settings);
		Map<String, Double> batchCores = ProcessCpu.coresBetween(beforeBatches, cpu.sample());
		progress("batches of %d, %d in flight: %,.0f visits/s accepted, %,d rejected, request p50 %.1f ms, p99 %.1f ms",
				settings.batchSize(), settings.batchConcurrency(), batch.acceptedPerSecond(), batch.rejected(),
				batch.requestLatency().p50Ms(), batch.requestLatency().p99Ms());
		progress("  CPU, cores: %s", ProcessCpu.describe(batchCores));
		figures.add(1, Figure.of(ID, "batch ingest", batch.acceptedPerSecond(), "visits/s")
			.againstFloor(floor.producerPerSecond())
			.withGoal(Goal.atLeast(IngestSettings.GOAL_BATCH_PER_SECOND))
			.withNote(String.format(Locale.ROOT, "%d per batch, %d in flight, batch p99 %.0f ms%s",
					settings.batchSize(), settings.batchConcurrency(), batch.requestLatency().p99Ms(),
					batch.rejected() > 0 ? ", " + batch.rejected() + " rejected" : "")));
		figures.add(2, Figure.of(ID, "CPU used in batches", ProcessCpu.total(batchCores), "cores")
			.withNote(ProcessCpu.describe(batchCores)));
		return new Section(ID, "Ingest: site-capture", figures, notes(subjects.size()));
	}

	private boolean meetsGoal(LoadResult step) {
		return step.latency().p99Ms() < IngestSettings.GOAL_P99_MS && step.failed() + step.timedOut() == 0
				&& step.achievedPerSecond() >= 0.95 * step.offeredPerSecond();
	}

	private List<String> notes(int subjects) {
		return List.of(String.format(Locale.ROOT,
				"Single visits: open loop, each rate for %d s after a %d s warm-up climbing through %s visits/s,"
						+ " round-robin over %d subjects of %s"
						+ " site US-01; latency from each request's intended send to its 201, which site-capture"
						+ " sends after the broker acknowledged (acks=all). Apache HttpClient 5 on virtual threads,"
						+ " HTTP/1.1 keep-alive, loopback; the generator shares the 2 cores with the platform.",
				settings.step().toSeconds(), settings.warmup().toSeconds(), settings.warmupRates().stream()
					.map(String::valueOf)
					.collect(Collectors.joining(", ")), subjects, LocalUsers.TRIAL),
				"Ratios: latencies against the floor's round trip of the same percentile; rates against the"
						+ " floor's producer maximum.",
				"CPU used: the cores each process of the platform and the benchmark (the load generator) used on"
						+ " average during the step, from their CPU time before and after it.");
	}

	private static String errors(LoadResult step) {
		long errors = step.failed() + step.timedOut();
		return errors == 0 ? "" : String.format(Locale.ROOT, "%,d errors (%.1f %%)", errors, step.errorRatio() * 100);
	}

	private static void progress(String format, Object... args) {
		System.out.println("  ingest: " + String.format(Locale.ROOT, format, args));
	}

}
