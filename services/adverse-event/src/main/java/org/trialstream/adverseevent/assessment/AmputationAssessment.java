package org.trialstream.adverseevent.assessment;

/**
 * Protocol trigger: a major amputation of a limb recorded at a visit always alerts the monitors (an event of
 * special interest in every seed trial, and a component of amputation-free survival).
 */
public final class AmputationAssessment {

	private AmputationAssessment() {
	}

	public static SafetySignal majorAmputation(String laterality, String visitCode) {
		String reason = "Major amputation of the %s limb recorded at visit %s".formatted(laterality.toLowerCase(),
				visitCode);
		return new SafetySignal(AlertKind.MAJOR_AMPUTATION, AlertSeverity.URGENT, reason, null, false, false, false);
	}

}
