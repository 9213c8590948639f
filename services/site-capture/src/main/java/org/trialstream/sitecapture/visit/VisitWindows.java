package org.trialstream.sitecapture.visit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocol.ScheduledVisit;
import org.trialstream.sitecapture.model.Visit;
import org.trialstream.sitecapture.model.WindowStatus;

/**
 * Where a visit falls against its protocol window. Study day 0 is the enrolment date. A visit outside its window is
 * accepted (the data are real) and recorded as a protocol deviation.
 */
public final class VisitWindows {

	private VisitWindows() {
	}

	public static int studyDay(LocalDate enrolmentDate, LocalDate visitDate) {
		return Math.toIntExact(ChronoUnit.DAYS.between(enrolmentDate, visitDate));
	}

	public static WindowStatus status(TrialProtocol protocol, String visitCode, int studyDay) {
		if (Visit.UNSCHEDULED.equals(visitCode)) {
			return WindowStatus.UNSCHEDULED;
		}
		ScheduledVisit scheduled = protocol.visit(visitCode).orElseThrow();
		if (scheduled.inWindow(studyDay)) {
			return WindowStatus.IN_WINDOW;
		}
		return studyDay < scheduled.day() ? WindowStatus.EARLY : WindowStatus.LATE;
	}

	/** The deviation as a person reads it, e.g. "visit M3 on day 104, window 83-97 (LATE)". */
	public static String deviation(TrialProtocol protocol, String visitCode, int studyDay, WindowStatus status) {
		ScheduledVisit scheduled = protocol.visit(visitCode).orElseThrow();
		return "visit %s on day %d, window %d-%d (%s)".formatted(visitCode, studyDay,
				scheduled.day() - scheduled.windowBeforeDays(), scheduled.day() + scheduled.windowAfterDays(), status);
	}

}
