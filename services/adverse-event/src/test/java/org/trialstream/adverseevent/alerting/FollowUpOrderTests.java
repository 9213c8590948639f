package org.trialstream.adverseevent.alerting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpOrderTests {

	private final FollowUpOrder order = new FollowUpOrder();

	@Test
	void ignoresAnInitialReportThatArrivesAfterItsFollowUp() {
		assertThat(order.isCurrent("LEGEND-1", "AE-1", 1)).isTrue();

		assertThat(order.isCurrent("LEGEND-1", "AE-1", 0)).isFalse();
	}

	@Test
	void acceptsFollowUpsInOrderAndTheSameNumberAgain() {
		assertThat(order.isCurrent("LEGEND-1", "AE-1", 0)).isTrue();
		assertThat(order.isCurrent("LEGEND-1", "AE-1", 1)).isTrue();
		assertThat(order.isCurrent("LEGEND-1", "AE-1", 1)).isTrue();
		assertThat(order.isCurrent("LEGEND-1", "AE-2", 0)).isTrue();
	}

}
