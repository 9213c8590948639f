package org.trialstream.benchmark.floor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.trialstream.benchmark.harness.LatencySummary;
import org.trialstream.benchmark.harness.LoadResult;
import org.trialstream.benchmark.report.Figure;
import org.trialstream.benchmark.report.Section;
import org.trialstream.benchmark.resources.ProcessCpu;

/**
 * The raw floor of the platform's broker: round trip of a 400-byte record (acks=all, idempotent, linger 0) at a
 * steady open-loop rate, and the producer's and consumer's top rates, each the median of several runs after a
 * warm-up. Writes and deletes its own scratch topics; touches no platform topic.
 */
public final class FloorMeasure {

	public static final String ID = "floor";

	private final String bootstrapServers;

	private final FloorSettings settings;

	private final ProcessCpu cpu;

	private LoadResult atGoalRate;

	private Map<String, Double> coresAtGoalRate = Map.of();

	public FloorMeasure(String bootstrapServers, FloorSettings settings, ProcessCpu cpu) {
		this.bootstrapServers = bootstrapServers;
		this.settings = settings;
		this.cpu = cpu;
	}

	public Floor run() {
		List<LatencySummary> roundTrips = new ArrayList<>();
		List<Double> producerRates = new ArrayList<>();
		List<Double> consumerRates = new ArrayList<>();
		try (ScratchTopics topics = new ScratchTopics(bootstrapServers)) {
			String roundTripTopic = topics.create("floor-rtt");
			RoundTripRun.run(bootstrapServers, roundTripTopic, settings.warmupRecords(), settings.roundTripRate(),
					settings.recordBytes());
			for (int run = 0; run < settings.runs(); run++) {
				LoadResult result = RoundTripRun.run(bootstrapServers, roundTripTopic, settings.roundTripRecords(),
						settings.roundTripRate(), settings.recordBytes());
				if (result.errorRatio() > 0) {
					throw new IllegalStateException("the floor lost records: " + result);
				}
				roundTrips.add(result.latency());
				progress("round trip run %d: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms", run + 1,
						result.latency().p50Ms(), result.latency().p99Ms(), result.latency().p999Ms());
			}
			ProcessCpu.Sample before = cpu.sample();
			atGoalRate = RoundTripRun.run(bootstrapServers, roundTripTopic, settings.goalRateRecords(),
					settings.goalRate(), settings.recordBytes());
			coresAtGoalRate = ProcessCpu.coresBetween(before, cpu.sample());
			progress("round trip at %,.0f records/s: p50 %.3f ms, p99 %.3f ms; CPU, cores: %s", settings.goalRate(),
					atGoalRate.latency().p50Ms(), atGoalRate.latency().p99Ms(), ProcessCpu.describe(coresAtGoalRate));
			String throughputTopic = topics.create("floor-tput");
			for (int run = 0; run < settings.runs(); run++) {
				producerRates.add(ThroughputRun.produce(bootstrapServers, throughputTopic,
						settings.throughputRecords(), settings.recordBytes()));
				consumerRates.add(
						ThroughputRun.consume(bootstrapServers, throughputTopic, settings.throughputRecords()));
				progress("throughput run %d: produce %,.0f/s, consume %,.0f/s", run + 1, producerRates.getLast(),
						consumerRates.getLast());
			}
		}
		return Floor.medianOf(roundTrips, producerRates, consumerRates);
	}

	public Section section(Floor floor) {
		String runs = "median of " + settings.runs() + (settings.runs() == 1 ? " run" : " runs");
		LatencySummary rtt = floor.roundTrip();
		List<Figure> figures = List.of(Figure.of(ID, "round trip p50", rtt.p50Ms(), "ms").withNote(runs),
				Figure.of(ID, "round trip p95", rtt.p95Ms(), "ms"), Figure.of(ID, "round trip p99", rtt.p99Ms(), "ms"),
				Figure.of(ID, "round trip p99.9", rtt.p999Ms(), "ms"),
				Figure.of(ID, "producer max", floor.producerPerSecond(), "records/s").withNote(runs),
				Figure.of(ID, "consumer max", floor.consumerPerSecond(), "records/s"),
				Figure.of(ID, "round trip p99" + atGoal(), atGoalRate.latency().p99Ms(), "ms")
					.withNote(atGoalRate.errorRatio() > 0 ? "records lost: " + atGoalRate.failed() : ""),
				Figure.of(ID, "broker CPU" + atGoal(), coresAtGoalRate.getOrDefault("kafka", Double.NaN), "cores")
					.withNote("the whole platform idle meanwhile; benchmark "
							+ String.format(Locale.ROOT, "%.2f", coresAtGoalRate.getOrDefault("benchmark", Double.NaN))));
		List<String> notes = List.of(String.format(Locale.ROOT,
				"Round trip: %,d records of %d bytes per run at %,.0f records/s (open loop, timed from each record's"
						+ " intended send to its arrival at a consumer in the same process), 1 partition, acks=all,"
						+ " idempotent, linger.ms=0, after %,d warm-up records.",
				settings.roundTripRecords(), settings.recordBytes(), settings.roundTripRate(),
				settings.warmupRecords()),
				String.format(Locale.ROOT,
						"Top rates: %,d records from one producer thread (acks=all, idempotent, linger.ms=5,"
								+ " batch.size=128 KiB) to the last acknowledgement; the consumer reads them back"
								+ " from the start.",
						settings.throughputRecords()),
				String.format(Locale.ROOT,
						"At %,.0f records/s (site-capture's goal for single visits): %,d records in one more round-trip"
								+ " run as above, with the CPU the broker (and the benchmark) used meanwhile.",
						settings.goalRate(), settings.goalRateRecords()));
		return new Section(ID, "Floor: the broker alone", figures, notes);
	}

	private String atGoal() {
		return String.format(Locale.ROOT, " at %,.0f records/s", settings.goalRate());
	}

	private static void progress(String format, Object... args) {
		System.out.println("  floor: " + String.format(Locale.ROOT, format, args));
	}

}
