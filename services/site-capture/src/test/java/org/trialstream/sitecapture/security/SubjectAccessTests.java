package org.trialstream.sitecapture.security;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.trialstream.sitecapture.security.SubjectAccess.Decision;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectAccessTests {

	private static final Actor US01 = new Actor("site-us01", Role.SITE, "LEGEND-1", "US-01");

	private static final Actor MONITOR = new Actor("monitor", Role.MONITOR, null, null);

	@Test
	void letsASiteReadAndWriteItsOwnSubject() {
		assertThat(SubjectAccess.decide(US01, true, "LEGEND-1", "US-01-0001", Optional.of("US-01")))
			.isEqualTo(Decision.ALLOWED);
	}

	@Test
	void forbidsAnotherSitesSubjectWhetherOrNotItExists() {
		assertThat(SubjectAccess.decide(US01, false, "LEGEND-1", "US-02-0001", Optional.of("US-02")))
			.isEqualTo(Decision.FORBIDDEN);
		assertThat(SubjectAccess.decide(US01, false, "LEGEND-1", "US-02-9999", Optional.empty()))
			.isEqualTo(Decision.FORBIDDEN);
	}

	@Test
	void forbidsASiteAnotherTrial() {
		assertThat(SubjectAccess.decide(US01, false, "HUCMSC-DF", "CN-01-0001", Optional.of("CN-01")))
			.isEqualTo(Decision.FORBIDDEN);
		assertThat(SubjectAccess.mayEnrol(US01, "HUCMSC-DF")).isFalse();
	}

	@Test
	void answersNotFoundOnlyForAnUnknownIdInTheSitesOwnRange() {
		assertThat(SubjectAccess.decide(US01, false, "LEGEND-1", "US-01-9999", Optional.empty()))
			.isEqualTo(Decision.NOT_FOUND);
	}

	@Test
	void letsAMonitorReadButNotWrite() {
		assertThat(SubjectAccess.decide(MONITOR, false, "LEGEND-1", "US-02-0001", Optional.of("US-02")))
			.isEqualTo(Decision.ALLOWED);
		assertThat(SubjectAccess.decide(MONITOR, true, "LEGEND-1", "US-02-0001", Optional.of("US-02")))
			.isEqualTo(Decision.FORBIDDEN);
		assertThat(SubjectAccess.mayEnrol(MONITOR, "LEGEND-1")).isFalse();
	}

}
