package org.trialstream.benchmark;

import org.trialstream.benchmark.floor.Floor;
import org.trialstream.benchmark.report.Section;

/** The platform measures after the floor, each built on first use with what it needs from the options. */
final class Measures implements AutoCloseable {

	private final BenchmarkOptions options;

	Measures(BenchmarkOptions options) {
		this.options = options;
	}

	Section run(String id, Floor floor) throws Exception {
		throw new IllegalArgumentException("measure " + id + " is not written yet");
	}

	@Override
	public void close() {
	}

}
