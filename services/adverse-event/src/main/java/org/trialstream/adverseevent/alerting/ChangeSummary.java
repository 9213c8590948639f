package org.trialstream.adverseevent.alerting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.trialstream.adverseevent.assessment.ClockKind;
import org.trialstream.adverseevent.assessment.ClockStatus;
import org.trialstream.adverseevent.assessment.RegulatoryClock;

/** Says in a line what a follow-up changed, for the monitor and the audit trail. */
final class ChangeSummary {

	private ChangeSummary() {
	}

	static String downgraded(Alert before, Alert after) {
		Set<ClockKind> nullified = newlyNullified(before, after);
		return nullified.isEmpty() ? "downgraded to non-serious"
				: "downgraded to non-serious: expedited report nullified (" + names(nullified) + ")";
	}

	static String between(Alert before, Alert after) {
		List<String> changes = new ArrayList<>();
		if (before.severity() != after.severity()) {
			String direction = after.severity().compareTo(before.severity()) > 0 ? "upgraded" : "downgraded";
			changes.add("%s from %s to %s".formatted(direction, before.severity(), after.severity()));
		}
		if (before.kind() != after.kind()) {
			changes.add("now %s (was %s)".formatted(after.kind(), before.kind()));
		}
		if (!Objects.equals(before.ctcaeGrade(), after.ctcaeGrade())) {
			changes.add("CTCAE grade %s -> %s".formatted(before.ctcaeGrade(), after.ctcaeGrade()));
		}
		Set<ClockKind> started = after.clocks()
			.stream()
			.filter(clock -> clock.status() != ClockStatus.NULLIFIED)
			.map(RegulatoryClock::kind)
			.filter(kind -> before.clocks().stream().noneMatch(clock -> clock.kind() == kind))
			.collect(Collectors.toSet());
		if (!started.isEmpty()) {
			changes.add("clocks started: " + names(started));
		}
		Set<ClockKind> nullified = newlyNullified(before, after);
		if (!nullified.isEmpty()) {
			changes.add("clocks nullified: " + names(nullified));
		}
		return changes.isEmpty() ? "follow-up changed the case details" : String.join("; ", changes);
	}

	private static Set<ClockKind> newlyNullified(Alert before, Alert after) {
		return after.clocks()
			.stream()
			.filter(clock -> clock.status() == ClockStatus.NULLIFIED)
			.map(RegulatoryClock::kind)
			.filter(kind -> before.clocks()
				.stream()
				.anyMatch(clock -> clock.kind() == kind && clock.status() != ClockStatus.NULLIFIED))
			.collect(Collectors.toSet());
	}

	private static String names(Set<ClockKind> kinds) {
		return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
	}

}
