package org.trialstream.benchmark.rebuild;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.trialstream.avro.Topics;
import org.trialstream.benchmark.floor.Floor;
import org.trialstream.benchmark.platform.GroupLag;
import org.trialstream.benchmark.platform.LauncherSettings;
import org.trialstream.benchmark.report.Figure;
import org.trialstream.benchmark.report.Goal;
import org.trialstream.benchmark.report.Section;

/**
 * For each visit count asked for: tops the visit topic up to that many visits with synthetic subjects, waits for the
 * running outcome-aggregation to digest them (so that it does not compete for the cores), then times a new instance
 * rebuilding every aggregate from the beginning of the topics.
 */
public final class RebuildMeasure {

	public static final String ID = "rebuild";

	public static final double GOAL_VISITS_PER_SECOND = 100_000;

	private final GroupLag lag;

	private final SyntheticVisits synthetic;

	private final RebuildRun rebuild;

	private final StreamsFloorRun streamsFloor;

	private final FreshStreamsFloorRun freshStreamsFloor;

	private final String liveGroup;

	private final List<Integer> visitCounts;

	private final Duration timeout;

	private final LauncherSettings launcher;

	public RebuildMeasure(GroupLag lag, String bootstrap, String registryApi, Path root, Path home, URI liveOutcome,
			String liveGroup, List<Integer> visitCounts, Duration timeout) throws IOException {
		this.lag = lag;
		this.synthetic = new SyntheticVisits(bootstrap, registryApi);
		this.launcher = LauncherSettings.of(home);
		this.rebuild = new RebuildRun(outcomeJar(root), bootstrap, registryApi, home.resolve("logs"), launcher, liveOutcome);
		this.streamsFloor = new StreamsFloorRun(bootstrap);
		this.freshStreamsFloor = new FreshStreamsFloorRun(bootstrap, registryApi, launcher, home.resolve("logs"));
		this.liveGroup = liveGroup;
		this.visitCounts = visitCounts;
		this.timeout = timeout;
	}

	public Section run(Floor floor) throws Exception {
		List<Figure> figures = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		double lastRebuild = 0;
		for (int target : visitCounts) {
			long visits = visitsInTopic();
			if (visits < target) {
				long start = System.nanoTime();
				long written = synthetic.write(target - visits, (int) visits);
				progress("wrote %,d synthetic records (%,d visits) in %.1f s", written, target - visits,
						(System.nanoTime() - start) / 1e9);
				visits = visitsInTopic();
			}
			if (lag.hasMembers(liveGroup) && !lag.awaitCaughtUp(liveGroup, 100, timeout)) {
				notes.add(String.format(Locale.ROOT, "The running outcome-aggregation had not digested the top-up"
						+ " after %d s when the %,d rebuild started: the two instances shared the cores.",
						timeout.toSeconds(), target));
			}
			CatchUpTimer.Result result = rebuild.run(lag, timeout);
			// A rebuild that did not finish in time is reported at the rate it went, over what it consumed.
			double visitsPerSecond = result.caughtUp()
					? visits / Math.max(1e-9, result.processing().toNanos() / 1e9)
					: result.recordsPerSecond();
			progress("%,d visits (%,d input records): %s in %.1f s (%.1f s with start-up): %,.0f visits/s, %,.0f records/s",
					visits, result.inputRecords(), result.caughtUp() ? "rebuilt" : "NOT caught up",
					result.processing().toMillis() / 1e3, result.total().toMillis() / 1e3, visitsPerSecond,
					result.recordsPerSecond());
			String label = String.format(Locale.ROOT, "rebuild from %,d visits", visits);
			figures.add(Figure.of(ID, label, visitsPerSecond, "visits/s")
				.againstFloor(floor.consumerPerSecond())
				.withGoal(Goal.atLeast(GOAL_VISITS_PER_SECOND))
				.withNote(String.format(Locale.ROOT, "%,d input records in %.1f s%s", result.inputRecords(),
						result.processing().toMillis() / 1e3,
						result.caughtUp() ? "" : ": NOT finished, rate over the records consumed by then")));
			figures.add(Figure.of(ID, label + ", with start-up", result.total().toMillis() / 1e3, "s"));
			lastRebuild = visitsPerSecond;
		}
		if (lastRebuild > 0) {
			figures.add(streamsFloor(floor, lastRebuild, "Kafka Streams floor", streamsFloor::run));
			figures.add(streamsFloor(floor, lastRebuild, "Kafka Streams floor, a fresh JVM decoding Avro",
					freshStreamsFloor::run));
		}
		notes.addFirst("A new outcome-aggregation instance (fresh application id; " + launcher.describe()
				+ " as the launcher runs it) is timed from its group's assignment to having committed every input record"
				+ " of every topic it reads and serving the same LEGEND-1 closed report counts (pooled and by arm) as"
				+ " the running instance; visits/s counts the visits in capture.visit-recorded.v1, the note all records."
				+ " Synthetic LEGEND-1 subjects (10 visits each) top the topic up. Ratio: against the floor's consumer"
				+ " maximum. The instance also writes its snapshots to the outcome topics, as a reset would.");
		notes.add("Kafka Streams floor: over the same visits after the last rebuild, the least a Kafka Streams"
				+ " application does under outcome-aggregation's guarantees (exactly_once_v2, one persistent store entry"
				+ " and changelog record per visit, its commit interval, buffers and record cache, one stream thread), with"
				+ " no Avro decoding and no outcomes, inside the benchmark's JVM (its heap, RocksDB on its defaults):"
				+ " what a rebuild can reach with this stack on this machine, in a warm process.");
		notes.add("Kafka Streams floor, a fresh JVM decoding Avro: the same application started as a new instance is"
				+ " (its own JVM with the launcher's options above), decoding each visit with the services' Avro"
				+ " deserializer; timed, like the rebuild, from its group's assignment: what a new instance pays"
				+ " before it computes any outcome (compiling its hot code, decoding, the store write).");
		return new Section(ID, "Rebuild: outcome aggregates from the topics", figures, notes);
	}

	/** A floor run: {@code label} over the visits in the topic, against the last rebuild. */
	private Figure streamsFloor(Floor floor, double rebuildVisitsPerSecond, String label, FloorRun run)
			throws Exception {
		long visits = visitsInTopic();
		CatchUpTimer.Result result = run.run(lag, timeout);
		double visitsPerSecond = result.recordsPerSecond();
		progress("%s over %,d visits: %s in %.1f s: %,.0f visits/s (the rebuild went at %.2f of it)", label, visits,
				result.caughtUp() ? "done" : "NOT finished", result.processing().toMillis() / 1e3, visitsPerSecond,
				rebuildVisitsPerSecond / visitsPerSecond);
		return Figure.of(ID, String.format(Locale.ROOT, "%s over %,d visits", label, visits), visitsPerSecond,
				"visits/s")
			.againstFloor(floor.consumerPerSecond())
			.withNote(String.format(Locale.ROOT, "%,d visits in %.1f s%s; the rebuild above went at %.2f of it",
					result.inputRecords(), result.processing().toMillis() / 1e3,
					result.caughtUp() ? "" : ": NOT finished", rebuildVisitsPerSecond / visitsPerSecond));
	}

	/** One of the floors: a Kafka Streams application timed over the visits. */
	@FunctionalInterface
	private interface FloorRun {

		CatchUpTimer.Result run(GroupLag lag, Duration timeout) throws Exception;

	}

	private long visitsInTopic() throws Exception {
		return lag.endOffsetSum(Topics.VISIT_RECORDED);
	}

	private static Path outcomeJar(Path root) throws IOException {
		Path target = root.resolve("services/outcome-aggregation/target");
		try (Stream<Path> files = Files.list(target)) {
			return files
				.filter(p -> p.getFileName().toString().matches("trialstream-outcome-aggregation-.*\\.jar"))
				.filter(p -> !p.getFileName().toString().contains("plain"))
				.findFirst()
				.orElseThrow(() -> new IOException("no outcome-aggregation jar in " + target + "; build it first"));
		}
		catch (java.nio.file.NoSuchFileException ex) {
			throw new IOException("no outcome-aggregation jar in " + target + "; build it first", ex);
		}
	}

	private static void progress(String format, Object... args) {
		System.out.println("  rebuild: " + String.format(Locale.ROOT, format, args));
	}

}
