package org.trialstream.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SimulationSettingsTests {

	@Test
	void defaultsCompressATrialYearIntoTwoMinutes() {
		SimulationSettings settings = SimulationSettings.parse();

		assertThat(settings.trialYear()).isEqualTo(Duration.ofSeconds(120));
		assertThat(settings.dayLength().toMillis()).isEqualTo(328);
		assertThat(settings.siteCapture().toString()).isEqualTo("http://127.0.0.1:8080");
	}

	@Test
	void readsEveryOption() {
		SimulationSettings settings = SimulationSettings.parse("--site-capture=http://127.0.0.1:9999", "--trial-year=10m",
				"--scale=0.5", "--seed=7", "--max-run-time=1h", "--invalid-share=0.1", "--progress-every=5s");

		assertThat(settings.trialYear()).isEqualTo(Duration.ofMinutes(10));
		assertThat(settings.subjectScale()).isEqualTo(0.5);
		assertThat(settings.maxRunTime()).isEqualTo(Duration.ofHours(1));
		assertThat(settings.progressEvery()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void unknownOptionIsNamedWithTheUsage() {
		assertThatThrownBy(() -> SimulationSettings.parse("--speed=2")).hasMessageContaining("unknown option --speed")
			.hasMessageContaining("usage:");
	}

	@Test
	void siteUsersAreNamedAfterTheirSite() {
		assertThat(SiteSimulatorApplication.siteUser("US-01")).isEqualTo("site-us01");
		assertThat(SiteSimulatorApplication.siteUser("CN-GZ2")).isEqualTo("site-cngz2");
	}

}
