package org.trialstream.benchmark.platform;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the answers that were not 2xx by status (0 for no answer), keeping the first body of each, so that a run
 * with errors says what they were instead of only how many.
 */
public final class Answers {

	private final Map<Integer, LongAdder> counts = new ConcurrentHashMap<>();

	private final Map<Integer, String> firstBodies = new ConcurrentHashMap<>();

	void failed(int status, String body) {
		counts.computeIfAbsent(status, s -> new LongAdder()).increment();
		firstBodies.putIfAbsent(status, body.length() > 400 ? body.substring(0, 400) + "..." : body);
	}

	/** Prints and forgets what was counted since the last call; prints nothing when all went well. */
	public void drainTo(String prefix) {
		Map<Integer, Long> snapshot = new TreeMap<>();
		counts.forEach((status, count) -> snapshot.put(status, count.sumThenReset()));
		snapshot.forEach((status, count) -> {
			if (count > 0) {
				System.out.printf("%s%,d answered %s, e.g. %s%n", prefix, count, status == 0 ? "nothing" : status,
						firstBodies.get(status));
			}
		});
		counts.clear();
		firstBodies.clear();
	}

}
