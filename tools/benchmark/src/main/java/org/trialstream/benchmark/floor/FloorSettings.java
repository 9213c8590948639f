package org.trialstream.benchmark.floor;

/**
 * How much the floor measure sends.
 *
 * @param recordBytes value size of each record
 * @param roundTripRecords records per round-trip run
 * @param roundTripRate records per second of a round-trip run (open loop)
 * @param runs round-trip and throughput runs; the median of each figure is reported
 * @param warmupRecords records sent before the first run and not counted (the first run after a start is slower)
 * @param throughputRecords records per throughput run
 * @param goalRate records per second of one more round-trip run, at site-capture's goal for single visits, with the
 *        broker's CPU measured: what the broker alone needs at that rate
 * @param goalRateRecords records of that run
 */
public record FloorSettings(int recordBytes, int roundTripRecords, double roundTripRate, int runs, int warmupRecords,
		int throughputRecords, double goalRate, int goalRateRecords) {

	public static FloorSettings full() {
		return new FloorSettings(400, 20_000, 2_000, 3, 4_000, 1_000_000, 5_000, 50_000);
	}

	public static FloorSettings smoke() {
		return new FloorSettings(400, 2_000, 2_000, 1, 500, 20_000, 5_000, 5_000);
	}

}
