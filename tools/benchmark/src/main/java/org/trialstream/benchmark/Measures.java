package org.trialstream.benchmark;

import org.trialstream.benchmark.floor.Floor;
import org.trialstream.benchmark.ingest.IngestMeasure;
import org.trialstream.benchmark.ingest.IngestSettings;
import org.trialstream.benchmark.platform.SiteCaptureApi;
import org.trialstream.benchmark.report.Section;

/** The platform measures after the floor, each built when it runs with what it needs from the options. */
final class Measures implements AutoCloseable {

	private final BenchmarkOptions options;

	private SiteCaptureApi siteCapture;

	Measures(BenchmarkOptions options) {
		this.options = options;
	}

	Section run(String id, Floor floor) throws Exception {
		return switch (id) {
			case IngestMeasure.ID -> new IngestMeasure(siteCapture(),
					IngestSettings.of(options.smoke(), options.ingestRates(), options.stepDuration()))
				.run(floor);
			default -> throw new IllegalArgumentException("measure " + id + " is not written yet");
		};
	}

	private SiteCaptureApi siteCapture() {
		if (siteCapture == null) {
			siteCapture = new SiteCaptureApi(options.siteCapture());
		}
		return siteCapture;
	}

	@Override
	public void close() {
		if (siteCapture != null) {
			siteCapture.close();
		}
	}

}
