package org.trialstream.outcome.statistics;

import java.util.Comparator;
import java.util.List;

/**
 * Complete wound closure (FDA guidance on chronic cutaneous ulcer trials): 100 % re-epithelialisation without
 * drainage, confirmed at a later visit {@code minDays}-{@code maxDays} after it (about two weeks; protocol setting)
 * with the wound closed at every visit in between. Time to closure is the day of the first of the two visits.
 */
public record WoundClosureRule(int minDays, int maxDays) {

	public static final WoundClosureRule TWO_WEEKS = new WoundClosureRule(10, 21);

	public WoundClosureRule {
		if (minDays < 1 || maxDays < minDays) {
			throw new IllegalArgumentException("need 1 <= minDays <= maxDays");
		}
	}

	public ClosureOutcome assess(List<WoundVisit> visits) {
		List<WoundVisit> sorted = visits.stream().sorted(Comparator.comparingInt(WoundVisit::studyDay)).toList();
		if (sorted.isEmpty()) {
			return new ClosureOutcome(null, false, null);
		}
		for (int i = 0; i < sorted.size(); i++) {
			if (sorted.get(i).closed() && confirmedAfter(sorted, i)) {
				return new ClosureOutcome(sorted.get(i).studyDay(), false, sorted.getLast().studyDay());
			}
		}
		WoundVisit last = sorted.getLast();
		return new ClosureOutcome(null, last.closed(), last.studyDay());
	}

	private boolean confirmedAfter(List<WoundVisit> sorted, int first) {
		int day = sorted.get(first).studyDay();
		for (int j = first + 1; j < sorted.size(); j++) {
			WoundVisit next = sorted.get(j);
			int gap = next.studyDay() - day;
			if (!next.closed() || gap > maxDays) {
				return false;
			}
			if (gap >= minDays) {
				return true;
			}
		}
		return false;
	}

}
