package org.trialstream.adverseevent.assessment;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeriousnessTests {

	@Test
	void isSeriousWithTheCriterionTheSiteNamed() {
		Seriousness seriousness = Seriousness.of(AdverseEventCases.serious("cellulitis", 3, Causality.NOT_RELATED,
				SeriousnessCriterion.HOSPITALISATION));

		assertThat(seriousness.serious()).isTrue();
		assertThat(seriousness.criteria()).containsExactly(SeriousnessCriterion.HOSPITALISATION);
		assertThat(seriousness.criterionMissing()).isFalse();
		assertThat(seriousness.fatalOrLifeThreatening()).isFalse();
	}

	@Test
	void isNotSeriousWithoutFlagOrCriterion() {
		assertThat(Seriousness.of(AdverseEventCases.nonSerious("nausea")).serious()).isFalse();
	}

	@Test
	void flagsASeriousCaseThatNamesNoCriterion() {
		Seriousness seriousness = Seriousness.of(AdverseEventCases.serious("cellulitis", 3, Causality.NOT_RELATED));

		assertThat(seriousness.serious()).isTrue();
		assertThat(seriousness.criterionMissing()).isTrue();
	}

	@Test
	void treatsGradeFiveAsDeathEvenWithoutTheCriterion() {
		AdverseEventCase graded = new AdverseEventCase("LEGEND-1", "US-07", "US-07-0012", "AE-1", "sepsis", null, 5,
				"V5_0", false, Set.of(), Causality.NOT_RELATED, null, false, AdverseEventCases.SITE_AWARE);

		Seriousness seriousness = Seriousness.of(graded);

		assertThat(seriousness.serious()).isTrue();
		assertThat(seriousness.fatal()).isTrue();
		assertThat(seriousness.criterionMissing()).isFalse();
	}

	@Test
	void treatsAFatalOutcomeAsDeath() {
		AdverseEventCase fatal = new AdverseEventCase("LEGEND-1", "US-07", "US-07-0012", "AE-1", "sepsis", null, 4,
				"V5_0", true, Set.of(SeriousnessCriterion.HOSPITALISATION), Causality.NOT_RELATED, null, true,
				AdverseEventCases.SITE_AWARE);

		assertThat(Seriousness.of(fatal).criteria()).contains(SeriousnessCriterion.DEATH,
				SeriousnessCriterion.HOSPITALISATION);
	}

	@Test
	void countsLifeThreateningForTheSevenDayClock() {
		Seriousness seriousness = Seriousness.of(AdverseEventCases.serious("anaphylaxis", 4, Causality.RELATED,
				SeriousnessCriterion.LIFE_THREATENING));

		assertThat(seriousness.fatalOrLifeThreatening()).isTrue();
	}

}
