package org.trialstream.benchmark.alert;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.trialstream.benchmark.floor.Floor;
import org.trialstream.benchmark.floor.RoundTripRun;
import org.trialstream.benchmark.floor.ScratchTopics;
import org.trialstream.benchmark.harness.LatencySummary;
import org.trialstream.benchmark.harness.LoadPlan;
import org.trialstream.benchmark.harness.LoadResult;
import org.trialstream.benchmark.harness.NanoClock;
import org.trialstream.benchmark.harness.OpenLoopScheduler;
import org.trialstream.benchmark.ingest.VisitLoad;
import org.trialstream.benchmark.platform.GroupLag;
import org.trialstream.benchmark.platform.LocalUsers;
import org.trialstream.benchmark.platform.Payloads;
import org.trialstream.benchmark.platform.SiteCaptureApi;
import org.trialstream.benchmark.report.Figure;
import org.trialstream.benchmark.report.Goal;
import org.trialstream.benchmark.report.Section;

/**
 * For 1 and for 100 connected monitors: serious adverse events POSTed to site-capture on an open-loop schedule
 * while visits arrive in the background, each timed from its intended send to the alert's arrival on every SSE
 * client of adverse-event (site-capture -> capture.adverse-event-reported.v1 -> adverse-event assessment ->
 * safety.safety-alert-raised.v1 -> alert log -> SSE).
 */
public final class AlertLatencyMeasure {

	public static final String ID = "alert";

	private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(3);

	private final SiteCaptureApi api;

	private final URI alertStream;

	private final String bootstrapServers;

	private final AlertSettings settings;

	private final GroupLag lag;

	private final List<String> services;

	/**
	 * @param bootstrapServers the platform's broker, for the round trip timed beside each run on a scratch topic
	 * @param services the consuming services whose groups ({@link GroupLag#groupsOf}) must have caught up before each
	 *     run, so that a run measures alerts at its background rate, not the platform still working off an earlier
	 *     measure's load
	 */
	public AlertLatencyMeasure(SiteCaptureApi api, URI adverseEvent, String bootstrapServers, AlertSettings settings,
			GroupLag lag, List<String> services) {
		this.api = api;
		this.alertStream = URI.create(adverseEvent + "/api/v1/alerts/stream");
		this.bootstrapServers = bootstrapServers;
		this.settings = settings;
		this.lag = lag;
		this.services = List.copyOf(services);
	}

	public Section run(Floor floor) throws Exception {
		List<String> subjects = api.enrol(LocalUsers.LOAD_SITE_USER, settings.subjects());
		VisitLoad background = new VisitLoad(api, api.enrol(LocalUsers.LOAD_SITE_USER, 100));
		List<Figure> figures = new ArrayList<>();
		int mostClients = settings.clientCounts().stream().mapToInt(Integer::intValue).max().orElse(1);
		try (ScratchTopics scratch = new ScratchTopics(bootstrapServers)) {
			String roundTripTopic = scratch.create("alert-rtt");
			// Not counted: the first adverse events after a start pay one-time costs in site-capture and
			// adverse-event (classes loaded, code still interpreted; the event schemas are fetched at start-up since
			// session 5), which held the first alerts for up to a second and put them in the 1-client run's p95/p99.
			// With the most clients, so that the fan-out to every stream is compiled too before a run is counted;
			// after the ingest measure's climb (100 to 500 visits/s), so that a cold site-capture takes the
			// background at full rate (sent 1,000 visits/s at once it fell behind while it compiled: finding 11).
			background.climb(settings.climbRates(), settings.climb());
			awaitCaughtUp();
			runWith(mostClients, roundTripTopic, subjects, background, settings.warmup(),
					"warm-up, " + mostClients + " client(s)", floor);
			for (int clients : settings.clientCounts()) {
				awaitCaughtUp();
				figures.addAll(runWith(clients, roundTripTopic, subjects, background, settings.duration(),
						clients + " client(s)", floor));
			}
		}
		return new Section(ID, "Alert latency: site POST to monitor's SSE", figures, notes());
	}

	private void awaitCaughtUp() throws ExecutionException, InterruptedException {
		for (String service : services) {
			List<String> groups = lag.groupsOf(service);
			if (groups.isEmpty()) {
				progress("no consumer group of %s found; not waiting for it", service);
			}
			for (String group : groups) {
				if (lag.hasMembers(group) && !lag.awaitCaughtUp(group, 50, CATCH_UP_LIMIT)) {
					progress("%s is still behind after %d minutes; measuring anyway", group,
							CATCH_UP_LIMIT.toMinutes());
				}
			}
		}
	}

	/**
	 * One run. Its streams get an HTTP client of their own, apart from the load's connection pool, closed with the
	 * run: a client shared by the runs had no connection to give the 100-client run's streams once the warm-up's had
	 * been cancelled (the full run of 21:21 UTC, session 7).
	 */
	private List<Figure> runWith(int clients, String roundTripTopic, List<String> subjects, VisitLoad background,
			Duration duration, String label, Floor floor) throws InterruptedException, IOException {
		AlertArrivals arrivals = new AlertArrivals();
		try (CloseableHttpAsyncClient http = SseClient.streamsClient(clients);
				ConnectedStreams connected = ConnectedStreams.open(http, alertStream, clients, arrivals)) {
			// Threads of their own: this one sends the adverse events meanwhile.
			CompletableFuture<LoadResult> load = new CompletableFuture<>();
			Thread.ofPlatform().name("background-visits").start(() -> load.complete(
					background.run(settings.backgroundVisitsPerSecond(), duration.plusSeconds(2))));
			// The broker's own round trip, timed meanwhile: what one hop costs on the machine as loaded as the
			// alert's path is, against the idle floor.
			CompletableFuture<LoadResult> roundTrip = new CompletableFuture<>();
			Thread.ofPlatform().name("loaded-round-trip").start(() -> roundTrip.complete(
					RoundTripRun.run(bootstrapServers, roundTripTopic, roundTripRecords(duration),
							AlertSettings.ROUND_TRIPS_PER_SECOND, AlertSettings.ROUND_TRIP_BYTES)));
			LoadResult posts = postAdverseEvents(subjects, arrivals, duration);
			long expected = posts.succeeded() * clients;
			awaitStragglers(arrivals, expected);
			LoadResult visits = load.join();
			LatencySummary hop = roundTrip.join().latency();
			LatencySummary alerts = arrivals.latencies().summary();
			Legs legs = new Legs(posts.latency(), arrivals.untilRaised().summary(),
					arrivals.afterRaised().summary(), arrivals.firstArrivals().summary());
			progress("%s: %,d of %,d alerts arrived: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, p99.9 %.2f ms,"
					+ " max %.1f ms; background %,.0f visits/s (p99 %.1f ms);"
					+ " broker round trip meanwhile p50 %.2f ms, p99 %.2f ms", label,
					alerts.count(), expected, alerts.p50Ms(), alerts.p95Ms(), alerts.p99Ms(), alerts.p999Ms(),
					alerts.maxMs(), visits.achievedPerSecond(), visits.latency().p99Ms(), hop.p50Ms(), hop.p99Ms());
			progress("%s: legs p50 / p99: POST to 201 %.2f / %.2f ms, POST to raised %.2f / %.2f ms,"
					+ " raised to arrival %.2f / %.2f ms; first client's arrival %.2f / %.2f ms", label,
					legs.posted().p50Ms(), legs.posted().p99Ms(), legs.untilRaised().p50Ms(),
					legs.untilRaised().p99Ms(), legs.afterRaised().p50Ms(), legs.afterRaised().p99Ms(),
					legs.firstArrival().p50Ms(), legs.firstArrival().p99Ms());
			api.answers().drainTo("  alert:   ");
			return figures(clients, alerts, expected, floor, legs, visits, hop);
		}
	}

	/** The run's streams, closed before their client. */
	private record ConnectedStreams(List<SseClient> streams) implements AutoCloseable {

		static ConnectedStreams open(CloseableHttpAsyncClient http, URI stream, int count, SseClient.Listener listener)
				throws InterruptedException {
			List<SseClient> streams = new ArrayList<>();
			try {
				for (int i = 0; i < count; i++) {
					streams.add(SseClient.connect(http, stream, LocalUsers.MONITOR, listener));
				}
				return new ConnectedStreams(streams);
			}
			catch (RuntimeException | InterruptedException ex) {
				streams.forEach(SseClient::close);
				throw ex;
			}
		}

		@Override
		public void close() {
			streams.forEach(SseClient::close);
		}

	}

	private LoadResult postAdverseEvents(List<String> subjects, AlertArrivals arrivals, Duration duration) {
		byte[] body = Payloads.seriousAdverseEvent();
		LoadPlan plan = LoadPlan.of(settings.alertsPerSecond(), duration);
		return new OpenLoopScheduler(NanoClock.SYSTEM).run(plan, (sequence, intended) -> {
			String subject = subjects.get((int) (sequence % subjects.size()));
			arrivals.expect(subject, intended);
			return api.send(api.adverseEvent(LocalUsers.LOAD_SITE_USER, subject, body));
		});
	}

	private static int roundTripRecords(Duration duration) {
		return (int) Math.max(1, AlertSettings.ROUND_TRIPS_PER_SECOND * duration.toMillis() / 1000);
	}

	private static void awaitStragglers(AlertArrivals arrivals, long expected) throws InterruptedException {
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (arrivals.latencies().count() < expected && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

	/**
	 * Where an alert's time went: site-capture's answer, adverse-event's decision (its clock, on this machine), and
	 * everything after the decision (the alert's write to the broker, the log, the fan-out, the client's read); and
	 * the first client's arrival of each alert, which leaves out how long the fan-out to the other clients took.
	 */
	private record Legs(LatencySummary posted, LatencySummary untilRaised, LatencySummary afterRaised,
			LatencySummary firstArrival) {
	}

	private List<Figure> figures(int clients, LatencySummary alerts, long expected, Floor floor, Legs legs,
			LoadResult visits, LatencySummary hop) {
		String with = clients == 1 ? ", 1 client" : ", " + clients + " clients";
		String delivered = alerts.count() == expected ? ""
				: String.format(Locale.ROOT, "%,d arrivals, %,d expected from the POSTs answered", alerts.count(),
						expected);
		// No arrival is no measurement: shown as "-", and never as a goal met.
		boolean none = alerts.count() == 0;
		return List.of(
				Figure.of(ID, "alert p50" + with, none ? Double.NaN : alerts.p50Ms(), "ms")
					.againstFloor(floor.p50())
					.withGoal(Goal.atMost(AlertSettings.GOAL_P50_MS))
					.withNote(delivered),
				Figure.of(ID, "alert p95" + with, none ? Double.NaN : alerts.p95Ms(), "ms").againstFloor(floor.p95()),
				Figure.of(ID, "alert p99" + with, none ? Double.NaN : alerts.p99Ms(), "ms")
					.againstFloor(floor.p99())
					.withGoal(Goal.atMost(AlertSettings.GOAL_P99_MS)),
				Figure.of(ID, "alert p99.9" + with, none ? Double.NaN : alerts.p999Ms(), "ms")
					.againstFloor(floor.p999()),
				// The legs on their own: where site-capture's, the intake's and the fan-out's shares show.
				Figure.of(ID, "POST to 201 p50" + with, legs.posted().p50Ms(), "ms").againstFloor(floor.p50()),
				Figure.of(ID, "POST to 201 p99" + with, legs.posted().p99Ms(), "ms").againstFloor(floor.p99()),
				Figure.of(ID, "POST to alert raised p50" + with, legs.untilRaised().p50Ms(), "ms")
					.againstFloor(floor.p50()),
				Figure.of(ID, "alert raised to arrival p50" + with, legs.afterRaised().p50Ms(), "ms")
					.againstFloor(floor.p50()),
				Figure.of(ID, "alert raised to arrival p99" + with, legs.afterRaised().p99Ms(), "ms")
					.againstFloor(floor.p99()),
				Figure.of(ID, "first client's arrival p50" + with, legs.firstArrival().p50Ms(), "ms")
					.againstFloor(floor.p50()),
				Figure.of(ID, "background achieved" + with, visits.achievedPerSecond(), "visits/s")
					.withNote(String.format(Locale.ROOT, "of %,.0f/s offered; p99 %.1f ms",
							settings.backgroundVisitsPerSecond(), visits.latency().p99Ms())),
				Figure.of(ID, "broker round trip p50 meanwhile" + with, hop.p50Ms(), "ms").againstFloor(floor.p50()),
				Figure.of(ID, "broker round trip p99 meanwhile" + with, hop.p99Ms(), "ms").againstFloor(floor.p99()));
	}

	private List<String> notes() {
		return List.of(String.format(Locale.ROOT,
				"%.0f serious adverse events/s for %d s per run (open loop, round-robin over %d subjects), each timed"
						+ " from its intended send to the alert-raised event's arrival on every connected SSE client"
						+ " (all clients' arrivals in one histogram), with %,.0f visits/s in the background; each run"
						+ " starts once adverse-event's and outcome-aggregation's consumer groups have caught up."
						+ " Visits alone climb through %s visits/s for %d s, then a %d s run with the most clients"
						+ " comes first and is not counted (the first alerts after a start pay one-time costs; its"
						+ " figures are in the benchmark's output).",
				settings.alertsPerSecond(), settings.duration().toSeconds(), settings.subjects(),
				settings.backgroundVisitsPerSecond(),
				settings.climbRates().stream().map(String::valueOf).collect(Collectors.joining(", ")),
				settings.climb().toSeconds(), settings.warmup().toSeconds()),
				"The path: site-capture (edit checks, acks=all) -> capture.adverse-event-reported.v1 -> adverse-event"
						+ " (assessment, acks=all) -> safety.safety-alert-raised.v1 -> alert log -> SSE; the floor"
						+ " is one broker round trip, the path has at least two. Its legs: POST to 201 (site-capture"
						+ " and the first hop), POST to alert raised (adverse-event's clock when it decided: the first"
						+ " hop and the intake), alert raised to arrival (the alert's own write, acks=all, the alert"
						+ " log, the fan-out to every stream and the client's read).",
				String.format(Locale.ROOT, "Broker round trip meanwhile: the floor's round trip (%d-byte records,"
						+ " acks=all, linger.ms=0) at %.0f records/s on a scratch topic during each run: one hop on"
						+ " the machine as loaded as the alert's path is; 'vs floor' compares it with the idle one.",
						AlertSettings.ROUND_TRIP_BYTES, AlertSettings.ROUND_TRIPS_PER_SECOND));
	}

	private static void progress(String format, Object... args) {
		System.out.println("  alert: " + String.format(Locale.ROOT, format, args));
	}

}
