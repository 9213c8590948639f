package org.trialstream.benchmark.freshness;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.trialstream.benchmark.floor.Floor;
import org.trialstream.benchmark.harness.LatencySummary;
import org.trialstream.benchmark.harness.LoadPlan;
import org.trialstream.benchmark.harness.LoadResult;
import org.trialstream.benchmark.harness.NanoClock;
import org.trialstream.benchmark.harness.OpenLoopScheduler;
import org.trialstream.benchmark.platform.GroupLag;
import org.trialstream.benchmark.platform.LocalUsers;
import org.trialstream.benchmark.platform.OutcomeApi;
import org.trialstream.benchmark.platform.Payloads;
import org.trialstream.benchmark.platform.SiteCaptureApi;
import org.trialstream.benchmark.report.Figure;
import org.trialstream.benchmark.report.Goal;
import org.trialstream.benchmark.report.Section;

/**
 * Probe visits on an open-loop schedule, each the only visit of a freshly enrolled subject at a site with no other
 * load, while a poller reads the DMC's report every few milliseconds; a probe is visible once the report's count of
 * visits done has grown by its rank. Starts only once outcome-aggregation has consumed what earlier measures wrote.
 */
public final class FreshnessMeasure {

	public static final String ID = "freshness";

	public static final double GOAL_P99_MS = 500;

	private static final Duration POLL_EVERY = Duration.ofMillis(10);

	private final SiteCaptureApi api;

	private final OutcomeApi outcome;

	private final GroupLag lag;

	private final String outcomeGroup;

	private final double probesPerSecond;

	private final Duration duration;

	public FreshnessMeasure(SiteCaptureApi api, URI outcome, GroupLag lag, String outcomeGroup,
			double probesPerSecond, Duration duration) {
		this.api = api;
		this.outcome = new OutcomeApi(outcome);
		this.lag = lag;
		this.outcomeGroup = outcomeGroup;
		this.probesPerSecond = probesPerSecond;
		this.duration = duration;
	}

	public Section run(Floor floor) throws Exception {
		int probes = (int) Math.ceil(probesPerSecond * duration.toSeconds());
		List<String> subjects = api.enrol(LocalUsers.PROBE_SITE_USER, probes);
		if (!lag.awaitCaughtUp(outcomeGroup, 50, Duration.ofMinutes(3))) {
			progress("outcome-aggregation (group %s) is still behind after 3 minutes; measuring anyway", outcomeGroup);
		}
		long base = stableCount();
		VisibilityLedger ledger = new VisibilityLedger();
		AtomicBoolean polling = new AtomicBoolean(true);
		Thread poller = Thread.ofPlatform().name("freshness-poller").start(() -> poll(base, ledger, polling));
		byte[] body = Payloads.visitBytes();
		LoadResult posts = new OpenLoopScheduler(NanoClock.SYSTEM).run(LoadPlan.of(probesPerSecond, duration),
				(sequence, intended) -> api
					.send(api.visit(LocalUsers.PROBE_SITE_USER, subjects.get((int) sequence), body))
					.thenApply(ok -> {
						if (ok) {
							ledger.accepted(System.nanoTime());
						}
						return ok;
					}));
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (ledger.pending() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		polling.set(false);
		poller.join();
		api.answers().drainTo("  freshness: ");
		LatencySummary fresh = ledger.latencies().summary();
		progress("%,d of %,d probes visible: p50 %.1f ms, p99 %.1f ms, max %.1f ms (POST p50 %.1f ms)", fresh.count(),
				posts.sent(), fresh.p50Ms(), fresh.p99Ms(), fresh.maxMs(), posts.latency().p50Ms());
		String seen = fresh.count() == posts.sent() ? ""
				: String.format(Locale.ROOT, "%,d of %,d probes seen", fresh.count(), posts.sent());
		List<Figure> figures = List.of(Figure.of(ID, "visit to outcome API p50", fresh.p50Ms(), "ms")
			.againstFloor(floor.p50())
			.withNote(seen), Figure.of(ID, "visit to outcome API p99", fresh.p99Ms(), "ms")
				.againstFloor(floor.p99())
				.withGoal(Goal.atMost(GOAL_P99_MS)),
				Figure.of(ID, "visit to outcome API max", fresh.maxMs(), "ms"));
		return new Section(ID, "Freshness: visit accepted to visible in the outcome API", figures,
				List.of(String.format(Locale.ROOT,
						"%,d probe visits at %.0f/s, each the first visit of a new subject at %s site US-02 (no other"
								+ " load); timed from the 201 at the site to the first DMC read of"
								+ " /outcomes/closed counting it (polled every %d ms, so figures may be over by up"
								+ " to one poll interval and one read).",
						posts.sent(), probesPerSecond, LocalUsers.TRIAL, POLL_EVERY.toMillis())));
	}

	private long stableCount() throws Exception {
		long previous = -2;
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			long count = outcome.visitsDone();
			if (count >= 0 && count == previous) {
				return count;
			}
			previous = count;
			Thread.sleep(1_000);
		}
		throw new IllegalStateException("the outcome report's visit count did not settle within 60 s");
	}

	private void poll(long base, VisibilityLedger ledger, AtomicBoolean polling) {
		while (polling.get()) {
			try {
				long count = outcome.visitsDone();
				if (count >= base) {
					ledger.visible(count - base, System.nanoTime());
				}
				Thread.sleep(POLL_EVERY);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				System.err.println("  freshness: read failed: " + ex.getMessage());
			}
		}
	}

	private static void progress(String format, Object... args) {
		System.out.println("  freshness: " + String.format(Locale.ROOT, format, args));
	}

}
