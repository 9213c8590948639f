package org.trialstream.outcome.topology;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.trialstream.outcome.subject.SubjectState;

/**
 * The deserialised states of the subjects seen last, least recently used first out, bounded by the number of visits
 * they hold: subjects' histories differ a hundredfold, and the heap is small.
 */
final class RecentStates {

	private final Map<String, SubjectState> states = new LinkedHashMap<>(1024, 0.75f, true);

	private final int maxVisits;

	private int visits;

	RecentStates(int maxVisits) {
		this.maxVisits = maxVisits;
	}

	/** The cached state, else the one {@code load} gives (cached if not null). */
	SubjectState get(String key, Function<String, SubjectState> load) {
		SubjectState state = states.get(key);
		if (state == null) {
			state = load.apply(key);
			if (state != null) {
				put(key, state);
			}
		}
		return state;
	}

	void put(String key, SubjectState state) {
		SubjectState previous = states.put(key, state);
		visits += size(state) - (previous == null ? 0 : size(previous));
		Iterator<SubjectState> eldest = states.values().iterator();
		while (visits > maxVisits && states.size() > 1) {
			visits -= size(eldest.next());
			eldest.remove();
		}
	}

	void clear() {
		states.clear();
		visits = 0;
	}

	private static int size(SubjectState state) {
		return 1 + state.visits().size();
	}

}
