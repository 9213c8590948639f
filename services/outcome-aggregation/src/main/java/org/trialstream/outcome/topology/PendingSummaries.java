package org.trialstream.outcome.topology;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Subjects whose events have been read but whose new summary has not yet been sent to their trial's report, over
 * every task of this instance: while catching up (a rebuild) that is most subjects until the input runs dry, so a
 * report read then must not pass for complete although every event has been read.
 */
public final class PendingSummaries {

	private final Map<String, IntSupplier> byTask = new ConcurrentHashMap<>();

	/** Read from the API's threads while the stream thread changes it: a count a moment old is good enough. */
	void track(String task, IntSupplier pending) {
		byTask.put(task, pending);
	}

	void forget(String task) {
		byTask.remove(task);
	}

	public long subjects() {
		long total = 0;
		for (IntSupplier pending : byTask.values()) {
			total += pending.getAsInt();
		}
		return total;
	}

}
