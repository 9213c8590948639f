package org.trialstream.adverseevent.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which reporting clocks a signal starts, and when each is due. A serious event is due from the site within 24 h of
 * the site's awareness; it is met when the report reaches the platform. A SUSAR is due to regulators within 7 days
 * if fatal or life-threatening (then a complete report within 8 more days), otherwise within 15 days, Day 0 being
 * when the sponsor (the platform) learned of it. On a follow-up, clocks that still apply keep their Day 0, clocks
 * that newly apply start when the follow-up arrived, and clocks that no longer apply (a downgrade) are NULLIFIED.
 */
public final class RegulatoryClocks {

	private RegulatoryClocks() {
	}

	/** The clocks of a first report that the platform learned of at {@code sponsorAwareAt}. */
	public static List<RegulatoryClock> start(SafetySignal signal, Instant siteAwareAt, Instant sponsorAwareAt) {
		return followUp(List.of(), signal, siteAwareAt, sponsorAwareAt);
	}

	/**
	 * @param signal the signal after the follow-up, or null when the case is no longer a signal at all
	 * @param learnedAt when the platform received the follow-up: Day 0 of clocks that newly apply
	 */
	public static List<RegulatoryClock> followUp(List<RegulatoryClock> previous, SafetySignal signal,
			Instant siteAwareAt, Instant learnedAt) {
		Set<ClockKind> applicable = applicable(signal);
		List<RegulatoryClock> clocks = new ArrayList<>();
		for (ClockKind kind : applicable) {
			clocks.add(active(previous, kind).orElseGet(() -> newClock(kind, siteAwareAt, learnedAt)));
		}
		for (RegulatoryClock clock : previous) {
			if (!applicable.contains(clock.kind())) {
				clocks.add(clock.status() == ClockStatus.NULLIFIED ? clock : clock.nullified());
			}
		}
		clocks.sort(Comparator.comparing(RegulatoryClock::dueAt).thenComparing(RegulatoryClock::kind));
		return List.copyOf(clocks);
	}

	/** The earliest due time of a running clock: what a monitor must act on first. */
	public static Optional<Instant> nextDue(List<RegulatoryClock> clocks) {
		return clocks.stream()
			.filter(clock -> clock.status() == ClockStatus.RUNNING)
			.map(RegulatoryClock::dueAt)
			.min(Comparator.naturalOrder());
	}

	static Set<ClockKind> applicable(SafetySignal signal) {
		Set<ClockKind> kinds = EnumSet.noneOf(ClockKind.class);
		if (signal == null || !signal.serious()) {
			return kinds;
		}
		kinds.add(ClockKind.SITE_TO_SPONSOR_24H);
		if (signal.susar() && signal.fatalOrLifeThreatening()) {
			kinds.add(ClockKind.SUSAR_FATAL_OR_LIFE_THREATENING_7D);
			kinds.add(ClockKind.SUSAR_COMPLETE_REPORT_8D);
		}
		else if (signal.susar()) {
			kinds.add(ClockKind.SUSAR_OTHER_15D);
		}
		return kinds;
	}

	private static Optional<RegulatoryClock> active(List<RegulatoryClock> previous, ClockKind kind) {
		return previous.stream()
			.filter(clock -> clock.kind() == kind && clock.status() != ClockStatus.NULLIFIED)
			.findFirst();
	}

	private static RegulatoryClock newClock(ClockKind kind, Instant siteAwareAt, Instant dayZero) {
		return switch (kind) {
			// The report reached the sponsor the moment the platform received it.
			case SITE_TO_SPONSOR_24H -> RegulatoryClock.start(kind, siteAwareAt, ClockStatus.MET);
			// The complete report is due 8 days after the 7-day report, i.e. on Day 15.
			case SUSAR_COMPLETE_REPORT_8D -> RegulatoryClock.start(kind,
					dayZero.plus(ClockKind.SUSAR_FATAL_OR_LIFE_THREATENING_7D.allowed()), ClockStatus.RUNNING);
			default -> RegulatoryClock.start(kind, dayZero, ClockStatus.RUNNING);
		};
	}

}
