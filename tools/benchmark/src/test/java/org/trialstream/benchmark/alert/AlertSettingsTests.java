package org.trialstream.benchmark.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AlertSettingsTests {

	@Test
	void visitsClimbThroughIngestsWarmUpRatesUpToTheBackgroundsRate() {
		Duration step = Duration.ofSeconds(10);

		// The goal's background (1,000/s) climbs through all of them; a lighter one stops at its own rate
		assertThat(AlertSettings.of(false, step, null).climbRates()).containsExactly(100, 200, 350, 500);
		assertThat(AlertSettings.of(false, step, 300).climbRates()).containsExactly(100, 200);
		assertThat(AlertSettings.of(false, step, 50).climbRates()).containsExactly(50);
	}

}
