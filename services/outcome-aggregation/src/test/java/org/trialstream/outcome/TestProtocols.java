package org.trialstream.outcome;

import java.time.Duration;
import java.util.List;

import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocol.Arm;
import org.trialstream.protocol.TrialProtocol.ScheduledVisit;
import org.trialstream.protocol.TrialProtocol.Site;
import org.trialstream.protocol.TrialProtocol.UnitOfAnalysis;

/** Trial protocols that exist only in tests, so tests own every subject of their trial. */
public final class TestProtocols {

	private TestProtocols() {
	}

	/** Blinded, two arms ACTIVE and PLACEBO, sites US-01 and US-02, subject-level. */
	public static TrialProtocol blinded(String trialId, int smallCellThreshold) {
		return new TrialProtocol(trialId, "Test trial " + trialId, true, UnitOfAnalysis.SUBJECT,
				List.of(new Arm("ACTIVE", "Active", 1), new Arm("PLACEBO", "Placebo", 1)),
				List.of(new Site("US-01", "Site 1"), new Site("US-02", "Site 2")),
				List.of(new ScheduledVisit("D0", 0, 0, 0), new ScheduledVisit("D28", 28, 3, 3),
						new ScheduledVisit("D42", 42, 3, 3), new ScheduledVisit("D84", 84, 3, 3)),
				null, null, List.of(), List.of(), null, smallCellThreshold, Duration.ofMinutes(30), false);
	}

	/** Open-label, limb-level, arms CONTROL and HUCMSC at CN-01. */
	public static TrialProtocol limbLevel(String trialId, int smallCellThreshold) {
		return new TrialProtocol(trialId, "Test limb trial " + trialId, false, UnitOfAnalysis.LIMB,
				List.of(new Arm("CONTROL", "Control", 1), new Arm("HUCMSC", "HUCMSC", 1)),
				List.of(new Site("CN-01", "Site")),
				List.of(new ScheduledVisit("BL", 0, 0, 0), new ScheduledVisit("M1", 30, 5, 5),
						new ScheduledVisit("M3", 90, 7, 7)),
				null, null, List.of(), List.of(), null, smallCellThreshold, Duration.ofMinutes(30), false);
	}

}
