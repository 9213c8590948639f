package org.trialstream.benchmark.alert;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.trialstream.benchmark.harness.LatencyRecorder;

/**
 * Matches alerts arriving on the SSE clients to the POSTs that caused them, by subject (a subject has at most one
 * adverse event in flight), and records each client's arrival from the POST's intended send.
 */
final class AlertArrivals implements SseClient.Listener {

	private static final String RAISED = "alert-raised";

	private final Map<String, Long> intendedBySubject = new ConcurrentHashMap<>();

	private final LatencyRecorder latencies = new LatencyRecorder();

	private final AtomicLong unmatched = new AtomicLong();

	void expect(String subjectId, long intendedNanos) {
		intendedBySubject.put(subjectId, intendedNanos);
	}

	@Override
	public void onEvent(String name, String data, long arrivedNanos) {
		if (!RAISED.equals(name)) {
			return;
		}
		String subject = subjectOf(data);
		Long intended = subject == null ? null : intendedBySubject.get(subject);
		if (intended == null) {
			unmatched.incrementAndGet();
			return;
		}
		latencies.record(arrivedNanos - intended);
	}

	LatencyRecorder latencies() {
		return latencies;
	}

	long unmatched() {
		return unmatched.get();
	}

	/** The alert's subjectId, found without a JSON parse: 100 clients each read every alert. */
	static String subjectOf(String data) {
		int key = data.indexOf("\"subjectId\":\"");
		if (key < 0) {
			return null;
		}
		int start = key + 13;
		int end = data.indexOf('"', start);
		return end < 0 ? null : data.substring(start, end);
	}

}
