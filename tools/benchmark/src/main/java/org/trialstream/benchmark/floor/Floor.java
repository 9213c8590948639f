package org.trialstream.benchmark.floor;

import java.util.List;

import org.trialstream.benchmark.harness.LatencySummary;

/**
 * The floor's figures, that other measures divide by; null when the floor was not measured in this run.
 *
 * @param roundTrip produce-to-consume latency (median of the runs)
 * @param producerPerSecond the producer's top rate, records/s
 * @param consumerPerSecond the consumer's top rate, records/s
 */
public record Floor(LatencySummary roundTrip, Double producerPerSecond, Double consumerPerSecond) {

	public static final Floor UNKNOWN = new Floor(null, null, null);

	public static Floor medianOf(List<LatencySummary> roundTrips, List<Double> producerRates,
			List<Double> consumerRates) {
		return new Floor(LatencySummary.medianOf(roundTrips), median(producerRates), median(consumerRates));
	}

	public Double p50() {
		return roundTrip == null ? null : roundTrip.p50Ms();
	}

	public Double p95() {
		return roundTrip == null ? null : roundTrip.p95Ms();
	}

	public Double p99() {
		return roundTrip == null ? null : roundTrip.p99Ms();
	}

	public Double p999() {
		return roundTrip == null ? null : roundTrip.p999Ms();
	}

	private static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
