package org.trialstream.adverseevent.alerting;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.trialstream.adverseevent.assessment.AdverseEventAssessment;
import org.trialstream.adverseevent.assessment.AdverseEventCase;
import org.trialstream.adverseevent.assessment.AlertKind;
import org.trialstream.adverseevent.assessment.AlertSeverity;
import org.trialstream.adverseevent.assessment.Causality;
import org.trialstream.adverseevent.assessment.ClockKind;
import org.trialstream.adverseevent.assessment.ClockStatus;
import org.trialstream.adverseevent.assessment.LabAnalyte;
import org.trialstream.adverseevent.assessment.LabAssessment;
import org.trialstream.adverseevent.assessment.LabObservation;
import org.trialstream.adverseevent.assessment.RegulatoryClock;
import org.trialstream.adverseevent.assessment.SafetySignal;
import org.trialstream.adverseevent.assessment.SeriousnessCriterion;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

import static org.assertj.core.api.Assertions.assertThat;

class AlertDecisionsTests {

	private static final TrialProtocol LEGEND = TrialProtocols.loadDefault().get("LEGEND-1");

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	private final AlertBook book = new AlertBook(new AlertLog());

	private static AdverseEventCase aCase(boolean serious, Causality causality, SeriousnessCriterion... criteria) {
		return new AdverseEventCase("LEGEND-1", "US-07", "US-07-0012", "AE-77", "acute kidney injury", null, 3, "V5_0",
				serious, Set.of(criteria), causality, null, false, NOW.minus(Duration.ofHours(2)));
	}

	private static SignalSource source() {
		return new SignalSource(UUID.randomUUID().toString(), "LEGEND-1", "US-07", "US-07-0012", null);
	}

	private Optional<AlertChange> report(SignalSource source, AdverseEventCase adverseEvent, Instant at) {
		String alertId = AlertDecisions.adverseEventAlertId("LEGEND-1", "AE-77");
		Optional<AlertChange> change = AlertDecisions.onAdverseEvent(source, adverseEvent,
				AdverseEventAssessment.assess(adverseEvent, LEGEND), book.find(alertId), at);
		change.ifPresent(book::apply);
		return change;
	}

	@Test
	void raisesOneAlertWithClocksForASusar() {
		Optional<AlertChange> change = report(source(),
				aCase(true, Causality.RELATED, SeriousnessCriterion.HOSPITALISATION), NOW);

		assertThat(change).get().isInstanceOf(AlertChange.Raised.class);
		Alert alert = ((AlertChange.Raised) change.get()).alert();
		assertThat(alert.kind()).isEqualTo(AlertKind.SUSAR);
		assertThat(alert.sponsorAwareAt()).isEqualTo(NOW);
		assertThat(alert.revision()).isEqualTo(1);
		assertThat(alert.clocks()).extracting(RegulatoryClock::kind)
			.containsExactly(ClockKind.SITE_TO_SPONSOR_24H, ClockKind.SUSAR_OTHER_15D);
	}

	@Test
	void ignoresTheSameEventDeliveredTwice() {
		SignalSource source = source();
		AdverseEventCase serious = aCase(true, Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION);
		report(source, serious, NOW);

		assertThat(report(source, serious, NOW.plusSeconds(5))).isEmpty();
	}

	@Test
	void changesNothingWhenAFollowUpDoesNotChangeTheAssessment() {
		AdverseEventCase serious = aCase(true, Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION);
		report(source(), serious, NOW);

		assertThat(report(source(), serious, NOW.plusSeconds(60))).isEmpty();
	}

	@Test
	void updatesTheAlertWhenAFollowUpUpgradesToSusar() {
		report(source(), aCase(true, Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION), NOW);
		Instant followUp = NOW.plus(Duration.ofDays(1));

		AlertChange change = report(source(), aCase(true, Causality.RELATED, SeriousnessCriterion.HOSPITALISATION),
				followUp).orElseThrow();

		assertThat(change).isInstanceOf(AlertChange.Updated.class);
		Alert alert = ((AlertChange.Updated) change).alert();
		assertThat(alert.revision()).isEqualTo(2);
		assertThat(alert.kind()).isEqualTo(AlertKind.SUSAR);
		assertThat(alert.sponsorAwareAt()).isEqualTo(NOW);
		assertThat(alert.changeSummary()).contains("now SUSAR", "clocks started: SUSAR_OTHER_15D");
		assertThat(alert.nextDue()).contains(followUp.plus(Duration.ofDays(15)));
	}

	@Test
	void updatesTheAlertWhenAFollowUpRaisesTheGrade() {
		report(source(), aCase(true, Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION), NOW);
		AdverseEventCase worse = new AdverseEventCase("LEGEND-1", "US-07", "US-07-0012", "AE-77", "acute kidney injury",
				null, 4, "V5_0", true, Set.of(SeriousnessCriterion.HOSPITALISATION), Causality.NOT_RELATED, null, false,
				NOW.minus(Duration.ofHours(2)), 1);

		AlertChange change = report(source(), worse, NOW.plusSeconds(600)).orElseThrow();

		Alert alert = ((AlertChange.Updated) change).alert();
		assertThat(alert.ctcaeGrade()).isEqualTo(4);
		assertThat(alert.changeSummary()).isEqualTo("CTCAE grade 3 -> 4");
		assertThat(alert.reason()).contains("CTCAE v5.0 grade 4");
	}

	@Test
	void nullifiesTheClocksWhenAFollowUpDowngradesToNonSerious() {
		report(source(), aCase(true, Causality.RELATED, SeriousnessCriterion.HOSPITALISATION), NOW);

		AlertChange change = report(source(), aCase(false, Causality.RELATED), NOW.plusSeconds(3600)).orElseThrow();

		Alert alert = ((AlertChange.Updated) change).alert();
		assertThat(alert.severity()).isEqualTo(AlertSeverity.INFO);
		assertThat(alert.clocks()).isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo(ClockStatus.NULLIFIED));
		assertThat(alert.changeSummary()).startsWith("downgraded to non-serious: expedited report nullified");
		assertThat(alert.nextDue()).isEmpty();
	}

	@Test
	void raisesNothingForANonSeriousReport() {
		assertThat(report(source(), aCase(false, Causality.RELATED), NOW)).isEmpty();
	}

	@Test
	void raisesWhenAFollowUpMakesANonSeriousCaseSerious() {
		report(source(), aCase(false, Causality.NOT_RELATED), NOW);

		assertThat(report(source(), aCase(true, Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION), NOW))
			.get()
			.isInstanceOf(AlertChange.Raised.class);
	}

	@Test
	void updatesALabAlertOnlyWhenTheGradeGetsWorse() {
		String alertId = AlertDecisions.labAlertId("LEGEND-1", "US-07-0012", LabAnalyte.PLATELETS);
		SafetySignal gradeThree = labSignal(40);
		book.apply(AlertDecisions.onSignal(source(), alertId, gradeThree, book.find(alertId), NOW).orElseThrow());

		assertThat(AlertDecisions.onSignal(source(), alertId, labSignal(35), book.find(alertId), NOW)).isEmpty();
		assertThat(AlertDecisions.onSignal(source(), alertId, labSignal(20), book.find(alertId), NOW)).get()
			.isInstanceOfSatisfying(AlertChange.Updated.class,
					updated -> assertThat(updated.alert().changeSummary()).contains("CTCAE grade 3 -> 4"));
	}

	@Test
	void derivesOneAlertIdPerSignal() {
		assertThat(AlertDecisions.labAlertId("LEGEND-1", "US-07-0012", LabAnalyte.PLATELETS))
			.isEqualTo(AlertDecisions.labAlertId("LEGEND-1", "US-07-0012", LabAnalyte.PLATELETS))
			.isNotEqualTo(AlertDecisions.labAlertId("LEGEND-1", "US-07-0012", LabAnalyte.NEUTROPHILS));
	}

	private static SafetySignal labSignal(double platelets) {
		LabObservation value = new LabObservation(LabAnalyte.PLATELETS, platelets, "10*9/L", 150.0, 400.0);
		return LabAssessment.grade(value, null, "US-07", LEGEND).flatMap(LabAssessment::signal).orElseThrow();
	}

}
