package org.trialstream.sitecapture.adverseevent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.sitecapture.model.AdverseEventCase;
import org.trialstream.sitecapture.model.AdverseEventOutcome;
import org.trialstream.sitecapture.model.Causality;
import org.trialstream.sitecapture.model.CtcaeVersion;
import org.trialstream.sitecapture.model.Laterality;
import org.trialstream.sitecapture.model.Limb;
import org.trialstream.sitecapture.model.SeriousnessCriterion;
import org.trialstream.sitecapture.model.Subject;

import static org.assertj.core.api.Assertions.assertThat;

class AdverseEventChecksTests {

	private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

	private static final LocalDate ONSET = LocalDate.of(2026, 11, 20);

	private static final Subject SUBJECT = new Subject("LEGEND-1", "US-01", "US-01-0001", LocalDate.of(2026, 6, 1),
			64, List.of(new Limb(Laterality.LEFT, true)), "PLACEBO", "KIT-1");

	private static AdverseEventCase ae(int grade, boolean serious, List<SeriousnessCriterion> criteria,
			AdverseEventOutcome outcome, LocalDate onset) {
		return new AdverseEventCase("Wound infection", null, null, onset, null, grade, CtcaeVersion.V5_0, serious,
				criteria, Causality.NOT_RELATED, null, outcome, Laterality.LEFT, Instant.parse("2026-11-21T09:00:00Z"));
	}

	private static List<String> check(AdverseEventCase ae) {
		return AdverseEventChecks.check(ae, "", SUBJECT, NOW).list().stream().map(v -> v.field() + " " + v.rule()).toList();
	}

	@Test
	void acceptsASeriousEventNamingItsCriterion() {
		assertThat(check(ae(3, true, List.of(SeriousnessCriterion.HOSPITALISATION), AdverseEventOutcome.RECOVERING,
				ONSET))).isEmpty();
	}

	@Test
	void refusesASeriousEventWithoutCriterion() {
		assertThat(check(ae(3, true, List.of(), AdverseEventOutcome.RECOVERING, ONSET)))
			.containsExactly("seriousnessCriteria ae.serious.criteria-required");
	}

	@Test
	void refusesGradeFiveUnlessTheOutcomeIsFatal() {
		assertThat(check(ae(5, true, List.of(SeriousnessCriterion.DEATH), AdverseEventOutcome.NOT_RECOVERED, ONSET)))
			.containsExactly("outcome ae.grade5.fatal");
		assertThat(check(ae(5, true, List.of(SeriousnessCriterion.DEATH), AdverseEventOutcome.FATAL, ONSET))).isEmpty();
	}

	@Test
	void refusesGradesOutsideOneToFive() {
		assertThat(check(ae(0, false, List.of(), AdverseEventOutcome.RECOVERED, ONSET)))
			.containsExactly("ctcaeGrade range.ctcae-grade");
		assertThat(check(ae(6, false, List.of(), AdverseEventOutcome.RECOVERED, ONSET)))
			.containsExactly("ctcaeGrade range.ctcae-grade");
	}

	@Test
	void refusesAnOnsetInTheFuture() {
		assertThat(check(ae(1, false, List.of(), AdverseEventOutcome.RECOVERED, LocalDate.of(2026, 11, 25))))
			.contains("onsetDate date.future");
	}

	@Test
	void refusesCriteriaOnANonSeriousEventAndAMissingCausality() {
		AdverseEventCase ae = new AdverseEventCase("Rash", null, null, ONSET, null, 1, CtcaeVersion.V5_0, false,
				List.of(SeriousnessCriterion.MEDICALLY_IMPORTANT), null, null, AdverseEventOutcome.RECOVERED, null,
				Instant.parse("2026-11-21T09:00:00Z"));

		assertThat(check(ae)).containsExactlyInAnyOrder("seriousnessCriteria ae.criteria.not-serious",
				"causalityInvestigator required");
	}

}
