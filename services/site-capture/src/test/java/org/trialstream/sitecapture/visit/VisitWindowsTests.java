package org.trialstream.sitecapture.visit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;
import org.trialstream.sitecapture.model.WindowStatus;

import static org.assertj.core.api.Assertions.assertThat;

class VisitWindowsTests {

	private static final TrialProtocol LEGEND = TrialProtocols.loadDefault().get("LEGEND-1");

	@Test
	void placesDayTwentyEightPlusOrMinusThreeInWindow() {
		assertThat(VisitWindows.status(LEGEND, "D28", 25)).isEqualTo(WindowStatus.IN_WINDOW);
		assertThat(VisitWindows.status(LEGEND, "D28", 31)).isEqualTo(WindowStatus.IN_WINDOW);
	}

	@Test
	void placesVisitsOutsideTheWindowEarlyOrLate() {
		assertThat(VisitWindows.status(LEGEND, "D28", 24)).isEqualTo(WindowStatus.EARLY);
		assertThat(VisitWindows.status(LEGEND, "D28", 32)).isEqualTo(WindowStatus.LATE);
		assertThat(VisitWindows.deviation(LEGEND, "D28", 32, WindowStatus.LATE))
			.isEqualTo("visit D28 on day 32, window 25-31 (LATE)");
	}

	@Test
	void neverPutsAnUnscheduledVisitOutOfWindow() {
		assertThat(VisitWindows.status(LEGEND, "UNSCHEDULED", 500)).isEqualTo(WindowStatus.UNSCHEDULED);
	}

	@Test
	void countsStudyDaysFromEnrolment() {
		assertThat(VisitWindows.studyDay(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 3, 1))).isEqualTo(30);
	}

}
