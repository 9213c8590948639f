package org.trialstream.benchmark.ingest;

import java.time.Duration;
import java.util.List;

import org.trialstream.benchmark.harness.LoadPlan;
import org.trialstream.benchmark.harness.LoadResult;
import org.trialstream.benchmark.harness.NanoClock;
import org.trialstream.benchmark.harness.OpenLoopScheduler;
import org.trialstream.benchmark.platform.LocalUsers;
import org.trialstream.benchmark.platform.Payloads;
import org.trialstream.benchmark.platform.SiteCaptureApi;

/**
 * Single-visit POSTs at a fixed open-loop rate, round-robin over enrolled subjects, each timed from its intended
 * send to its 201 (which site-capture sends only after the broker acknowledged). Also the background load of the
 * alert measure.
 */
public final class VisitLoad {

	private final SiteCaptureApi api;

	private final List<String> subjects;

	private final byte[] body = Payloads.visitBytes();

	public VisitLoad(SiteCaptureApi api, List<String> subjects) {
		this.api = api;
		this.subjects = List.copyOf(subjects);
	}

	/**
	 * Warms site-capture's request path up: each rate for an equal share of {@code duration}, not timed. A cold
	 * site-capture sent 1,000 visits/s at once fell behind while it compiled (finding 11).
	 */
	public void climb(List<Integer> rates, Duration duration) {
		for (int rate : rates) {
			run(rate, duration.dividedBy(rates.size()));
		}
	}

	public LoadResult run(double ratePerSecond, Duration duration) {
		LoadPlan plan = LoadPlan.of(ratePerSecond, duration);
		return new OpenLoopScheduler(NanoClock.SYSTEM).run(plan, (sequence, intended) -> api
			.send(api.visit(LocalUsers.LOAD_SITE_USER, subjects.get((int) (sequence % subjects.size())), body)));
	}

}
