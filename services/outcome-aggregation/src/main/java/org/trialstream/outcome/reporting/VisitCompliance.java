package org.trialstream.outcome.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.protocol.TrialProtocol;

/**
 * Enrolment and visit compliance of a group of subjects (an arm, a site, or all), kept up to date subject by subject:
 * per scheduled visit, how many did it and how many of them out of window, and the enrolment dates of those who have
 * not, so that the visits missed as of any data cut-off are a count of enrolment dates before a bound, with no pass
 * over the subjects.
 */
final class VisitCompliance {

	private final List<TrialProtocol.ScheduledVisit> schedule;

	private final int[] done;

	private final int[] outOfWindow;

	private final List<NavigableMap<LocalDate, Integer>> notDoneByEnrolment;

	private int enrolled;

	VisitCompliance(TrialProtocol protocol) {
		this.schedule = protocol.schedule();
		this.done = new int[schedule.size()];
		this.outOfWindow = new int[schedule.size()];
		this.notDoneByEnrolment = schedule.stream().map(visit -> (NavigableMap<LocalDate, Integer>) new TreeMap<LocalDate, Integer>()).toList();
	}

	void add(SubjectSummary subject, int sign) {
		enrolled += sign;
		for (int i = 0; i < schedule.size(); i++) {
			Boolean late = subject.visitsDone().get(schedule.get(i).code());
			if (late != null) {
				done[i] += sign;
				outOfWindow[i] += late ? sign : 0;
			}
			else if (subject.enrolmentDate() != null) {
				notDoneByEnrolment.get(i).merge(subject.enrolmentDate(), sign, (a, b) -> a + b == 0 ? null : a + b);
			}
		}
	}

	int enrolled() {
		return enrolled;
	}

	/** Enrolment and visits due, done, out of window and missed as of {@code asOf} (a visit is due once done, or once its window closed before then). */
	Map<String, Integer> counts(LocalDate asOf) {
		int due = 0;
		int doneTotal = 0;
		int late = 0;
		int missed = 0;
		for (int i = 0; i < schedule.size(); i++) {
			TrialProtocol.ScheduledVisit visit = schedule.get(i);
			int missedHere = 0;
			if (asOf != null) {
				// enrolment + day + window after < asOf  <=>  enrolment < asOf - (day + window after)
				LocalDate bound = asOf.minusDays(visit.day() + visit.windowAfterDays());
				for (int n : notDoneByEnrolment.get(i).headMap(bound, false).values()) {
					missedHere += n;
				}
			}
			doneTotal += done[i];
			late += outOfWindow[i];
			missed += missedHere;
			due += done[i] + missedHere;
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put(CountKeys.ENROLLED, enrolled);
		counts.put(CountKeys.VISITS_DUE, due);
		counts.put(CountKeys.VISITS_DONE, doneTotal);
		counts.put(CountKeys.VISITS_OUT_OF_WINDOW, late);
		counts.put(CountKeys.VISITS_MISSED, missed);
		return counts;
	}

}
