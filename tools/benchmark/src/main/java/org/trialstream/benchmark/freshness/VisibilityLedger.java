package org.trialstream.benchmark.freshness;

import java.util.ArrayList;
import java.util.List;

import org.trialstream.benchmark.harness.LatencyRecorder;

/**
 * Pairs the i-th accepted probe visit with the i-th increment of the report's visit count (each probe is its
 * subject's only visit, so each adds exactly one), and records the time between them. A probe may be counted before
 * its 201 reaches the site; it then records as (near) zero.
 */
final class VisibilityLedger {

	private final List<Long> acceptedAt = new ArrayList<>();

	private final List<Long> visibleAt = new ArrayList<>();

	private final LatencyRecorder latencies = new LatencyRecorder();

	private int paired;

	synchronized void accepted(long nanos) {
		acceptedAt.add(nanos);
		pair();
	}

	/** The report, read at {@code nanos}, counts {@code visible} probes. */
	synchronized void visible(long visible, long nanos) {
		while (visibleAt.size() < visible) {
			visibleAt.add(nanos);
		}
		pair();
	}

	synchronized int pending() {
		return acceptedAt.size() - paired;
	}

	synchronized int acceptedCount() {
		return acceptedAt.size();
	}

	LatencyRecorder latencies() {
		return latencies;
	}

	private void pair() {
		while (paired < acceptedAt.size() && paired < visibleAt.size()) {
			latencies.record(Math.max(0, visibleAt.get(paired) - acceptedAt.get(paired)));
			paired++;
		}
	}

}
