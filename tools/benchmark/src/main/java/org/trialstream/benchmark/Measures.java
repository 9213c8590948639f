package org.trialstream.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.trialstream.benchmark.alert.AlertLatencyMeasure;
import org.trialstream.benchmark.alert.AlertSettings;
import org.trialstream.benchmark.floor.Floor;
import org.trialstream.benchmark.freshness.FreshnessMeasure;
import org.trialstream.benchmark.ingest.IngestMeasure;
import org.trialstream.benchmark.ingest.IngestSettings;
import org.trialstream.benchmark.ingest.VisitLoad;
import org.trialstream.benchmark.platform.GroupLag;
import org.trialstream.benchmark.platform.LauncherSettings;
import org.trialstream.benchmark.platform.LocalUsers;
import org.trialstream.benchmark.platform.SiteCaptureApi;
import org.trialstream.benchmark.rebuild.RebuildMeasure;
import org.trialstream.benchmark.report.Section;
import org.trialstream.benchmark.resources.MemoryMeasure;
import org.trialstream.benchmark.resources.ProcessCpu;
import org.trialstream.benchmark.resources.ProcessMemory;
import org.trialstream.benchmark.resources.RssSampler;
import org.trialstream.benchmark.resources.StartupMeasure;

/**
 * The platform measures after the floor, each built when it runs with what it needs from the options. The memory
 * sampler starts first, so that its idle reading comes before any load, and counts towards the under-load peaks
 * only while a load measure runs.
 */
final class Measures implements AutoCloseable {

	private final BenchmarkOptions options;

	private final RssSampler sampler;

	private final List<String> loadsRun = new ArrayList<>();

	private SiteCaptureApi siteCapture;

	private GroupLag lag;

	Measures(BenchmarkOptions options) {
		this.options = options;
		this.sampler = options.runs(MemoryMeasure.ID) ? new RssSampler(new ProcessMemory(options.home())) : null;
	}

	Section run(String id, Floor floor) throws Exception {
		return switch (id) {
			case IngestMeasure.ID -> underLoad(id, () -> new IngestMeasure(siteCapture(),
					IngestSettings.of(options.smoke(), options.ingestRates(), options.stepDuration()),
					new ProcessCpu(options.home()))
				.run(floor));
			case AlertLatencyMeasure.ID -> underLoad(id, () -> new AlertLatencyMeasure(siteCapture(),
					options.adverseEvent(), options.kafka(),
					AlertSettings.of(options.smoke(), options.stepDuration(), options.alertBackground()), lag(),
					List.of(ADVERSE_EVENT, outcomeGroup()))
				.run(floor));
			case FreshnessMeasure.ID -> underLoad(id,
					() -> new FreshnessMeasure(siteCapture(), options.outcome(), lag(), outcomeGroup(),
							options.smoke() ? 5 : 10, options.smoke() ? options.stepDuration()
									: options.stepDuration().multipliedBy(2))
						.run(floor));
			case MemoryMeasure.ID -> memory();
			case StartupMeasure.ID -> new StartupMeasure(options.root(), options.launcherPorts()).run();
			case RebuildMeasure.ID -> new RebuildMeasure(lag(), options.kafka(),
					options.registry() + "/apis/registry/v3", options.root(), options.home(), options.outcome(),
					outcomeGroup(), options.rebuildVisits(), options.rebuildTimeout())
				.run(floor);
			default -> throw new IllegalArgumentException("unknown measure " + id);
		};
	}

	private Section memory() throws InterruptedException {
		if (loadsRun.isEmpty()) {
			double rate = options.smoke() ? 100 : 1_000;
			Duration duration = options.smoke() ? Duration.ofSeconds(3) : Duration.ofSeconds(15);
			SiteCaptureApi api = siteCapture();
			VisitLoad load = new VisitLoad(api, api.enrol(LocalUsers.LOAD_SITE_USER, 50));
			sampler.underLoad(true);
			load.run(rate, duration);
			sampler.underLoad(false);
			loadsRun.add(String.format("%.0f visits/s for %d s", rate, duration.toSeconds()));
		}
		return new MemoryMeasure(sampler, LauncherSettings.of(options.home())).section("the " + String.join(", ", loadsRun) + " measures");
	}

	private interface LoadMeasure {

		Section run() throws Exception;

	}

	private Section underLoad(String id, LoadMeasure measure) throws Exception {
		if (sampler != null) {
			sampler.underLoad(true);
		}
		try {
			return measure.run();
		}
		finally {
			if (sampler != null) {
				sampler.underLoad(false);
			}
			loadsRun.add(id);
		}
	}

	/** adverse-event reads with one group per listener: adverse-event-visits, adverse-event-reports, ... */
	private static final String ADVERSE_EVENT = "adverse-event";

	private String outcomeGroup() {
		return System.getenv().getOrDefault("OUTCOME_APPLICATION_ID", "outcome-aggregation");
	}

	private SiteCaptureApi siteCapture() {
		if (siteCapture == null) {
			siteCapture = new SiteCaptureApi(options.siteCapture());
		}
		return siteCapture;
	}

	private GroupLag lag() {
		if (lag == null) {
			lag = new GroupLag(options.kafka());
		}
		return lag;
	}

	@Override
	public void close() {
		if (siteCapture != null) {
			siteCapture.close();
		}
		if (lag != null) {
			lag.close();
		}
		if (sampler != null) {
			sampler.close();
		}
	}

}
