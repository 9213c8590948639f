package org.trialstream.benchmark.alert;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.trialstream.benchmark.harness.LatencyRecorder;

/**
 * Matches alerts arriving on the SSE clients to the POSTs that caused them, by subject (a subject has at most one
 * adverse event in flight), and records each client's arrival from the POST's intended send. The alert's
 * {@code raisedAt} (adverse-event's clock when it decided, on this same machine) splits each arrival in two legs:
 * up to the decision (site-capture, the first broker hop, adverse-event's intake) and after it (the alert's own
 * write to the broker, the alert log, the fan-out to the streams and the client's read).
 */
final class AlertArrivals implements SseClient.Listener {

	private static final String RAISED = "alert-raised";

	private final Map<String, Expected> expectedBySubject = new ConcurrentHashMap<>();

	private final LatencyRecorder latencies = new LatencyRecorder();

	private final LatencyRecorder firstArrivals = new LatencyRecorder();

	private final LatencyRecorder untilRaised = new LatencyRecorder();

	private final LatencyRecorder afterRaised = new LatencyRecorder();

	private final AtomicLong unmatched = new AtomicLong();

	/** Wall-clock epoch nanoseconds minus {@link System#nanoTime()}: turns the monotonic times into the alert's. */
	private final long epochOffsetNanos;

	AlertArrivals() {
		this(epochNanos(Instant.now()) - System.nanoTime());
	}

	AlertArrivals(long epochOffsetNanos) {
		this.epochOffsetNanos = epochOffsetNanos;
	}

	/** A POST whose alert is awaited; the first client to receive it marks it arrived. */
	private record Expected(long intendedNanos, AtomicBoolean arrived) {
	}

	void expect(String subjectId, long intendedNanos) {
		expectedBySubject.put(subjectId, new Expected(intendedNanos, new AtomicBoolean()));
	}

	@Override
	public void onEvent(String name, String data, long arrivedNanos) {
		if (!RAISED.equals(name)) {
			return;
		}
		String subject = subjectOf(data);
		Expected expected = subject == null ? null : expectedBySubject.get(subject);
		if (expected == null) {
			unmatched.incrementAndGet();
			return;
		}
		long intended = expected.intendedNanos();
		latencies.record(arrivedNanos - intended);
		if (expected.arrived().compareAndSet(false, true)) {
			firstArrivals.record(arrivedNanos - intended);
		}
		Instant raisedAt = raisedAtOf(data);
		if (raisedAt != null) {
			long raisedNanos = epochNanos(raisedAt) - epochOffsetNanos;
			untilRaised.record(raisedNanos - intended);
			afterRaised.record(arrivedNanos - raisedNanos);
		}
	}

	/** Each alert's arrival on the first client to receive it: with many clients, the fan-out's spread left out. */
	LatencyRecorder firstArrivals() {
		return firstArrivals;
	}

	LatencyRecorder latencies() {
		return latencies;
	}

	/** From the POST's intended send to adverse-event's decision to raise the alert. */
	LatencyRecorder untilRaised() {
		return untilRaised;
	}

	/** From adverse-event's decision to the alert's arrival on a client. */
	LatencyRecorder afterRaised() {
		return afterRaised;
	}

	long unmatched() {
		return unmatched.get();
	}

	/** The alert's subjectId, found without a JSON parse: 100 clients each read every alert. */
	static String subjectOf(String data) {
		return stringField(data, "subjectId");
	}

	/** The alert's raisedAt, or null if it has none a clock could read. */
	static Instant raisedAtOf(String data) {
		String raisedAt = stringField(data, "raisedAt");
		try {
			return raisedAt == null ? null : Instant.parse(raisedAt);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String stringField(String data, String name) {
		String key = "\"" + name + "\":\"";
		int at = data.indexOf(key);
		if (at < 0) {
			return null;
		}
		int start = at + key.length();
		int end = data.indexOf('"', start);
		return end < 0 ? null : data.substring(start, end);
	}

	private static long epochNanos(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

}
