package org.trialstream.adverseevent.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.trialstream.protocol.TrialProtocol;

/**
 * Decides whether a reported adverse event is a signal for the monitors: a serious event (ICH E2A), a SUSAR
 * (serious + related by investigator or sponsor + not listed in the protocol's reference safety information), a
 * death, or an event of special interest named by the protocol. A non-serious event of no special interest is not
 * a signal. A trial without a known protocol is assessed as if nothing were expected (the conservative side).
 */
public final class AdverseEventAssessment {

	private AdverseEventAssessment() {
	}

	public static Optional<SafetySignal> assess(AdverseEventCase adverseEvent, TrialProtocol protocol) {
		Seriousness seriousness = Seriousness.of(adverseEvent);
		boolean expected = protocol != null
				&& protocol.isExpected(adverseEvent.verbatimTerm(), adverseEvent.meddraPtCode());
		boolean specialInterest = protocol != null
				&& protocol.isEventOfSpecialInterest(adverseEvent.verbatimTerm(), adverseEvent.meddraPtCode());
		boolean susar = seriousness.serious() && adverseEvent.related() && !expected;
		if (!seriousness.serious() && !specialInterest) {
			return Optional.empty();
		}
		AlertKind kind = kind(seriousness, susar);
		AlertSeverity severity = severity(seriousness, susar);
		String reason = reason(kind, adverseEvent, seriousness, specialInterest);
		return Optional.of(new SafetySignal(kind, severity, reason, adverseEvent.ctcaeGrade(), seriousness.serious(),
				susar, seriousness.fatalOrLifeThreatening()));
	}

	private static AlertKind kind(Seriousness seriousness, boolean susar) {
		if (susar) {
			return AlertKind.SUSAR;
		}
		if (seriousness.fatal()) {
			return AlertKind.DEATH;
		}
		return seriousness.serious() ? AlertKind.SERIOUS_ADVERSE_EVENT : AlertKind.EVENT_OF_SPECIAL_INTEREST;
	}

	private static AlertSeverity severity(Seriousness seriousness, boolean susar) {
		if (seriousness.fatalOrLifeThreatening()) {
			return AlertSeverity.CRITICAL;
		}
		if (susar || seriousness.serious()) {
			return AlertSeverity.URGENT;
		}
		return AlertSeverity.WARNING;
	}

	private static String reason(AlertKind kind, AdverseEventCase adverseEvent, Seriousness seriousness,
			boolean specialInterest) {
		StringBuilder reason = new StringBuilder(headline(kind));
		if (seriousness.serious() && !seriousness.criteria().isEmpty()) {
			reason.append(seriousness.criteria()
				.stream()
				.sorted()
				.map(SeriousnessCriterion::label)
				.collect(Collectors.joining(", ", " (", ")")));
		}
		reason.append(", CTCAE ")
			.append(version(adverseEvent.ctcaeVersion()))
			.append("grade ")
			.append(adverseEvent.ctcaeGrade())
			.append(": ")
			.append(adverseEvent.verbatimTerm());
		List<String> notes = new ArrayList<>();
		if (kind == AlertKind.SUSAR) {
			notes.add("related, unexpected");
		}
		if (specialInterest && kind != AlertKind.EVENT_OF_SPECIAL_INTEREST) {
			notes.add("event of special interest");
		}
		if (seriousness.criterionMissing()) {
			notes.add("serious without a criterion: ask the site");
		}
		if (!notes.isEmpty()) {
			reason.append(" (").append(String.join("; ", notes)).append(')');
		}
		return reason.toString();
	}

	/** "v5.0 " for V5_0: the CTCAE version travels with the grade; nothing when the site did not say. */
	private static String version(String ctcaeVersion) {
		if (ctcaeVersion == null || !ctcaeVersion.matches("V\\d+_\\d+")) {
			return "";
		}
		return "v" + ctcaeVersion.substring(1).replace('_', '.') + " ";
	}

	private static String headline(AlertKind kind) {
		return switch (kind) {
			case SUSAR -> "SUSAR";
			case DEATH -> "Death";
			case SERIOUS_ADVERSE_EVENT -> "Serious AE";
			case EVENT_OF_SPECIAL_INTEREST -> "Event of special interest";
			case MAJOR_AMPUTATION -> "Major amputation";
			case SUGGESTED_ADVERSE_EVENT -> "Suggested AE";
		};
	}

}
