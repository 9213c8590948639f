package org.trialstream.adverseevent.assessment;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

import static org.assertj.core.api.Assertions.assertThat;

class AdverseEventAssessmentTests {

	private static final TrialProtocol LEGEND = TrialProtocols.loadDefault().get("LEGEND-1");

	@Test
	void raisesASeriousAdverseEventThatIsNotRelated() {
		SafetySignal signal = AdverseEventAssessment.assess(AdverseEventCases.serious("cellulitis", 3,
				Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION), LEGEND).orElseThrow();

		assertThat(signal.kind()).isEqualTo(AlertKind.SERIOUS_ADVERSE_EVENT);
		assertThat(signal.severity()).isEqualTo(AlertSeverity.URGENT);
		assertThat(signal.susar()).isFalse();
		assertThat(signal.reason()).isEqualTo("Serious AE (hospitalisation), CTCAE v5.0 grade 3: cellulitis");
	}

	@Test
	void raisesASusarWhenSeriousRelatedAndUnexpected() {
		SafetySignal signal = AdverseEventAssessment.assess(AdverseEventCases.serious("acute kidney injury", 3,
				Causality.RELATED, SeriousnessCriterion.HOSPITALISATION), LEGEND).orElseThrow();

		assertThat(signal.kind()).isEqualTo(AlertKind.SUSAR);
		assertThat(signal.susar()).isTrue();
		assertThat(signal.fatalOrLifeThreatening()).isFalse();
		assertThat(signal.reason()).contains("related, unexpected");
	}

	@Test
	void countsTheSponsorsCausalityToo() {
		AdverseEventCase sponsorRelated = new AdverseEventCase("LEGEND-1", "US-07", "US-07-0012", "AE-1",
				"acute kidney injury", null, 3, "V5_0", true, Set.of(SeriousnessCriterion.HOSPITALISATION),
				Causality.NOT_RELATED, Causality.RELATED, false, AdverseEventCases.SITE_AWARE);

		assertThat(AdverseEventAssessment.assess(sponsorRelated, LEGEND)).get()
			.extracting(SafetySignal::kind)
			.isEqualTo(AlertKind.SUSAR);
	}

	@Test
	void isNoSusarWhenTheEventIsListedInTheReferenceSafetyInformation() {
		// "wound infection" is expected in LEGEND-1; matching ignores case and surrounding blanks
		SafetySignal signal = AdverseEventAssessment.assess(AdverseEventCases.serious(" Wound Infection ", 3,
				Causality.RELATED, SeriousnessCriterion.HOSPITALISATION), LEGEND).orElseThrow();

		assertThat(signal.kind()).isEqualTo(AlertKind.SERIOUS_ADVERSE_EVENT);
		assertThat(signal.susar()).isFalse();
	}

	@Test
	void ratesAFatalSusarCriticalWithTheSevenDayFlag() {
		SafetySignal signal = AdverseEventAssessment.assess(AdverseEventCases.serious("hepatic failure", 5,
				Causality.RELATED, SeriousnessCriterion.DEATH), LEGEND).orElseThrow();

		assertThat(signal.kind()).isEqualTo(AlertKind.SUSAR);
		assertThat(signal.severity()).isEqualTo(AlertSeverity.CRITICAL);
		assertThat(signal.fatalOrLifeThreatening()).isTrue();
	}

	@Test
	void raisesDeathForAFatalEventThatIsNotASusar() {
		SafetySignal signal = AdverseEventAssessment.assess(AdverseEventCases.serious("myocardial infarction", 5,
				Causality.NOT_RELATED, SeriousnessCriterion.DEATH), LEGEND).orElseThrow();

		assertThat(signal.kind()).isEqualTo(AlertKind.DEATH);
		assertThat(signal.severity()).isEqualTo(AlertSeverity.CRITICAL);
	}

	@Test
	void raisesAnEventOfSpecialInterestEvenWhenNotSerious() {
		SafetySignal signal = AdverseEventAssessment.assess(AdverseEventCases.nonSerious("Proliferative retinopathy"),
				LEGEND).orElseThrow();

		assertThat(signal.kind()).isEqualTo(AlertKind.EVENT_OF_SPECIAL_INTEREST);
		assertThat(signal.severity()).isEqualTo(AlertSeverity.WARNING);
		assertThat(signal.serious()).isFalse();
	}

	@Test
	void raisesNothingForANonSeriousEventOfNoSpecialInterest() {
		assertThat(AdverseEventAssessment.assess(AdverseEventCases.nonSerious("nausea"), LEGEND)).isEmpty();
	}

	@Test
	void treatsEveryEventAsUnexpectedWhenTheTrialIsUnknown() {
		assertThat(AdverseEventAssessment.assess(AdverseEventCases.serious("wound infection", 3, Causality.RELATED,
				SeriousnessCriterion.HOSPITALISATION), null)).get().extracting(SafetySignal::susar).isEqualTo(true);
	}

}
