package org.trialstream.adverseevent.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClockTests {

	private static final Instant SITE_AWARE = Instant.parse("2026-11-20T08:00:00Z");

	private static final Instant DAY_ZERO = Instant.parse("2026-11-20T10:30:00Z");

	private static SafetySignal signal(boolean serious, boolean susar, boolean fatalOrLifeThreatening) {
		return new SafetySignal(susar ? AlertKind.SUSAR : AlertKind.SERIOUS_ADVERSE_EVENT, AlertSeverity.URGENT, "r", 3,
				serious, susar, fatalOrLifeThreatening);
	}

	private static RegulatoryClock clock(List<RegulatoryClock> clocks, ClockKind kind) {
		return clocks.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
	}

	@Test
	void startsTheSiteClockAtSiteAwarenessAndDueTwentyFourHoursLater() {
		List<RegulatoryClock> clocks = RegulatoryClocks.start(signal(true, false, false), SITE_AWARE, DAY_ZERO);

		assertThat(clocks).singleElement().satisfies(clock -> {
			assertThat(clock.kind()).isEqualTo(ClockKind.SITE_TO_SPONSOR_24H);
			assertThat(clock.startedAt()).isEqualTo(SITE_AWARE);
			assertThat(clock.dueAt()).isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
			assertThat(clock.status()).isEqualTo(ClockStatus.MET);
		});
	}

	@Test
	void dueAFatalOrLifeThreateningSusarSevenDaysFromDayZeroWithTheCompleteReportEightDaysLater() {
		List<RegulatoryClock> clocks = RegulatoryClocks.start(signal(true, true, true), SITE_AWARE, DAY_ZERO);

		RegulatoryClock seven = clock(clocks, ClockKind.SUSAR_FATAL_OR_LIFE_THREATENING_7D);
		RegulatoryClock complete = clock(clocks, ClockKind.SUSAR_COMPLETE_REPORT_8D);
		assertThat(seven.startedAt()).isEqualTo(DAY_ZERO);
		assertThat(seven.dueAt()).isEqualTo(DAY_ZERO.plus(Duration.ofDays(7)));
		assertThat(seven.status()).isEqualTo(ClockStatus.RUNNING);
		assertThat(complete.dueAt()).isEqualTo(DAY_ZERO.plus(Duration.ofDays(15)));
		assertThat(clocks).extracting(RegulatoryClock::kind).doesNotContain(ClockKind.SUSAR_OTHER_15D);
	}

	@Test
	void dueAnyOtherSusarFifteenDaysFromDayZero() {
		List<RegulatoryClock> clocks = RegulatoryClocks.start(signal(true, true, false), SITE_AWARE, DAY_ZERO);

		assertThat(clock(clocks, ClockKind.SUSAR_OTHER_15D).dueAt()).isEqualTo(DAY_ZERO.plus(Duration.ofDays(15)));
		assertThat(clocks).extracting(RegulatoryClock::kind)
			.doesNotContain(ClockKind.SUSAR_FATAL_OR_LIFE_THREATENING_7D);
	}

	@Test
	void startsNoClockForANonSeriousSignal() {
		assertThat(RegulatoryClocks.start(signal(false, false, false), SITE_AWARE, DAY_ZERO)).isEmpty();
	}

	@Test
	void nullifiesEveryClockOnADowngradeToNonSerious() {
		List<RegulatoryClock> before = RegulatoryClocks.start(signal(true, true, false), SITE_AWARE, DAY_ZERO);

		List<RegulatoryClock> after = RegulatoryClocks.followUp(before, null, SITE_AWARE, DAY_ZERO.plusSeconds(3600));

		assertThat(after).hasSize(2).allSatisfy(clock -> assertThat(clock.status()).isEqualTo(ClockStatus.NULLIFIED));
		assertThat(clock(after, ClockKind.SUSAR_OTHER_15D).dueAt()).isEqualTo(DAY_ZERO.plus(Duration.ofDays(15)));
	}

	@Test
	void keepsDayZeroOfAClockThatStillApplies() {
		List<RegulatoryClock> before = RegulatoryClocks.start(signal(true, true, false), SITE_AWARE, DAY_ZERO);

		List<RegulatoryClock> after = RegulatoryClocks.followUp(before, signal(true, true, false), SITE_AWARE,
				DAY_ZERO.plus(Duration.ofDays(3)));

		assertThat(after).isEqualTo(before);
	}

	@Test
	void startsTheSusarClockWhenAFollowUpMakesTheCaseASusar() {
		Instant followUp = DAY_ZERO.plus(Duration.ofDays(2));
		List<RegulatoryClock> before = RegulatoryClocks.start(signal(true, false, false), SITE_AWARE, DAY_ZERO);

		List<RegulatoryClock> after = RegulatoryClocks.followUp(before, signal(true, true, false), SITE_AWARE,
				followUp);

		assertThat(clock(after, ClockKind.SUSAR_OTHER_15D).startedAt()).isEqualTo(followUp);
		assertThat(RegulatoryClocks.nextDue(after)).contains(followUp.plus(Duration.ofDays(15)));
	}

	@Test
	void replacesTheFifteenDayClockWhenTheSusarTurnsFatal() {
		Instant followUp = DAY_ZERO.plus(Duration.ofDays(1));
		List<RegulatoryClock> before = RegulatoryClocks.start(signal(true, true, false), SITE_AWARE, DAY_ZERO);

		List<RegulatoryClock> after = RegulatoryClocks.followUp(before, signal(true, true, true), SITE_AWARE,
				followUp);

		assertThat(clock(after, ClockKind.SUSAR_OTHER_15D).status()).isEqualTo(ClockStatus.NULLIFIED);
		assertThat(clock(after, ClockKind.SUSAR_FATAL_OR_LIFE_THREATENING_7D).dueAt())
			.isEqualTo(followUp.plus(Duration.ofDays(7)));
		assertThat(RegulatoryClocks.nextDue(after)).contains(followUp.plus(Duration.ofDays(7)));
	}

	@Test
	void hasNoNextDueWhenNoClockRuns() {
		assertThat(RegulatoryClocks.nextDue(RegulatoryClocks.start(signal(true, false, false), SITE_AWARE, DAY_ZERO)))
			.isEmpty();
	}

}
