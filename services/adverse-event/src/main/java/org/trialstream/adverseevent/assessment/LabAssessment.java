package org.trialstream.adverseevent.assessment;

import java.util.Optional;
import java.util.OptionalDouble;

import org.trialstream.protocol.LabRanges;
import org.trialstream.protocol.TrialProtocol;

/**
 * Baseline-aware lab signals: a value is graded against the normal range its lab sent (else the protocol's range
 * for the site), and it is a signal only if it is grade 3 or worse while the baseline was not, or two grades worse
 * than the subject's baseline grade. Subjects may enter at grade 1-2, so the worsening is the signal, not the
 * absolute grade. The signal is a "suggested adverse event" for the site to confirm.
 */
public final class LabAssessment {

	private LabAssessment() {
	}

	/**
	 * @param baseline the subject's baseline observation of the same analyte, or null
	 * @return the finding, or empty when the unit cannot be graded
	 */
	public static Optional<LabFinding> grade(LabObservation observation, LabObservation baseline, String siteId,
			TrialProtocol protocol) {
		LabAnalyte analyte = observation.analyte();
		OptionalDouble value = LabUnits.toCanonical(analyte, observation.value(), observation.unit());
		if (value.isEmpty()) {
			return Optional.empty();
		}
		NormalRange fallback = protocolRange(analyte, siteId, protocol);
		Double baselineValue = null;
		int baselineGrade = 0;
		if (baseline != null) {
			OptionalDouble converted = LabUnits.toCanonical(analyte, baseline.value(), baseline.unit());
			if (converted.isPresent()) {
				baselineValue = converted.getAsDouble();
				baselineGrade = CtcaeGrading.grade(analyte, baselineValue, range(baseline).orElse(fallback), null);
			}
		}
		int grade = CtcaeGrading.grade(analyte, value.getAsDouble(), range(observation).orElse(fallback),
				baselineValue);
		return Optional.of(new LabFinding(analyte, observation.value(), observation.unit(), grade, baselineGrade));
	}

	public static Optional<SafetySignal> signal(LabFinding finding) {
		if (!finding.isSignal()) {
			return Optional.empty();
		}
		AlertSeverity severity = finding.grade() >= 4 ? AlertSeverity.URGENT : AlertSeverity.WARNING;
		String reason = "Suggested AE, CTCAE v5.0 grade %d: %s (%s %s; baseline grade %d), site to confirm".formatted(
				finding.grade(), finding.analyte().ctcaeTerm(), format(finding.value()), finding.unit(),
				finding.baselineGrade());
		return Optional.of(new SafetySignal(AlertKind.SUGGESTED_ADVERSE_EVENT, severity, reason, finding.grade(),
				false, false, false));
	}

	private static NormalRange range(LabObservation observation) {
		return new NormalRange(
				LabUnits.limitToCanonical(observation.analyte(), observation.lowerLimitOfNormal(), observation.unit()),
				LabUnits.limitToCanonical(observation.analyte(), observation.upperLimitOfNormal(), observation.unit()));
	}

	private static NormalRange protocolRange(LabAnalyte analyte, String siteId, TrialProtocol protocol) {
		if (protocol == null) {
			return NormalRange.UNKNOWN;
		}
		return protocol.labRanges()
			.forSite(siteId, analyte.name())
			.map(range -> canonical(analyte, range))
			.orElse(NormalRange.UNKNOWN);
	}

	private static NormalRange canonical(LabAnalyte analyte, LabRanges.LabRange range) {
		return new NormalRange(LabUnits.limitToCanonical(analyte, range.lowerLimitOfNormal(), range.unit()),
				LabUnits.limitToCanonical(analyte, range.upperLimitOfNormal(), range.unit()));
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
