package org.trialstream.benchmark.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VisibilityLedgerTests {

	private static final long MS = 1_000_000;

	@Test
	void pairsTheNthAcceptedProbeWithTheNthIncrementOfTheCount() {
		// Given probes accepted at 0 and 100 ms
		VisibilityLedger ledger = new VisibilityLedger();
		ledger.accepted(0);
		ledger.accepted(100 * MS);

		// When a read at 150 ms counts one, and a read at 400 ms counts both
		ledger.visible(1, 150 * MS);
		ledger.visible(2, 400 * MS);

		// Then the first was fresh after 150 ms and the second after 300 ms
		assertThat(ledger.latencies().summary().count()).isEqualTo(2);
		assertThat(ledger.latencies().summary().maxMs()).isCloseTo(300, within(0.5));
		assertThat(ledger.latencies().summary().p50Ms()).isCloseTo(150, within(0.5));
		assertThat(ledger.pending()).isZero();
	}

	@Test
	void aProbeCountedBeforeItsAnswerReachesTheSiteIsFreshAtOnce() {
		// Given a read that counts a probe whose 201 has not arrived yet
		VisibilityLedger ledger = new VisibilityLedger();
		ledger.visible(1, 50 * MS);

		// When the 201 arrives later
		ledger.accepted(60 * MS);

		// Then it records as (near) zero, not as a negative time
		assertThat(ledger.latencies().summary().maxMs()).isLessThan(0.01);
	}

}
