package org.trialstream.outcome.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WoundClosureRuleTests {

	final WoundClosureRule rule = WoundClosureRule.TWO_WEEKS;

	@Test
	void confirmsClosureAtTheNextVisitTwoWeeksLaterAndDatesItToTheFirst() {
		// Given
		List<WoundVisit> visits = List.of(open(0, 3.0), open(28, 1.0), closed(56), closed(70));

		// When
		ClosureOutcome outcome = rule.assess(visits);

		// Then
		assertThat(outcome.closureDay()).isEqualTo(56);
		assertThat(outcome.asSurvival()).isEqualTo(SurvivalObservation.event(56));
	}

	@Test
	void aSingleClosedVisitAwaitsConfirmationAndIsCensoredAtIt() {
		// Given
		List<WoundVisit> visits = List.of(open(0, 3.0), closed(28));

		// When
		ClosureOutcome outcome = rule.assess(visits);

		// Then
		assertThat(outcome.confirmed()).isFalse();
		assertThat(outcome.awaitingConfirmation()).isTrue();
		assertThat(outcome.asSurvival()).isEqualTo(SurvivalObservation.censored(28));
	}

	@Test
	void aWoundThatReopensAtTheConfirmingVisitIsNotClosed() {
		// Given
		List<WoundVisit> visits = List.of(open(0, 3.0), closed(28), open(42, 0.2));

		// When
		ClosureOutcome outcome = rule.assess(visits);

		// Then
		assertThat(outcome.confirmed()).isFalse();
		assertThat(outcome.awaitingConfirmation()).isFalse();
		assertThat(outcome.asSurvival()).isEqualTo(SurvivalObservation.censored(42));
	}

	@Test
	void aConfirmingVisitMoreThanThreeWeeksLaterDoesNotConfirm() {
		// Given: month-3 closed, month-6 closed: 98 days apart
		List<WoundVisit> visits = List.of(open(0, 3.0), closed(84), closed(182));

		// When
		ClosureOutcome outcome = rule.assess(visits);

		// Then: only the day-182 closure could still be confirmed
		assertThat(outcome.confirmed()).isFalse();
		assertThat(outcome.awaitingConfirmation()).isTrue();
	}

	@Test
	void skipsAnEarlyClosedVisitAndConfirmsAtTheOneInTheWindow() {
		// Given: closed at 56, unscheduled closed check at 60, closed at 70
		List<WoundVisit> visits = List.of(open(0, 3.0), closed(56), closed(60), closed(70));

		// When / Then
		assertThat(rule.assess(visits).closureDay()).isEqualTo(56);
	}

	@Test
	void acceptsTheWindowBoundsInclusively() {
		assertThat(rule.assess(List.of(closed(30), closed(40))).closureDay()).isEqualTo(30);
		assertThat(rule.assess(List.of(closed(30), closed(51))).closureDay()).isEqualTo(30);
		assertThat(rule.assess(List.of(closed(30), closed(39))).confirmed()).isFalse();
		assertThat(rule.assess(List.of(closed(30), closed(52))).confirmed()).isFalse();
	}

	@Test
	void drainageMeansOpenEvenWhenFullyReEpithelialised() {
		// Given
		WoundVisit draining = new WoundVisit(42, 0.0, 100, true, true);

		// When / Then
		assertThat(draining.closed()).isFalse();
		assertThat(rule.assess(List.of(closed(28), draining)).confirmed()).isFalse();
	}

	@Test
	void usesReEpithelialisationOverTheInvestigatorsStatus() {
		assertThat(new WoundVisit(28, 0.1, 95, false, true).closed()).isFalse();
		assertThat(new WoundVisit(28, 0.0, null, null, true).closed()).isTrue();
		assertThat(new WoundVisit(28, 0.0, null, null, false).closed()).isFalse();
	}

	@Test
	void followsTheProtocolsWindow() {
		WoundClosureRule weekly = new WoundClosureRule(5, 9);

		assertThat(weekly.assess(List.of(closed(28), closed(35))).closureDay()).isEqualTo(28);
		assertThat(weekly.assess(List.of(closed(28), closed(42))).confirmed()).isFalse();
	}

	@Test
	void withoutVisitsThereIsNothingToAnalyse() {
		assertThat(rule.assess(List.of()).asSurvival()).isNull();
	}

	static WoundVisit open(int day, double area) {
		return new WoundVisit(day, area, 0, false, false);
	}

	static WoundVisit closed(int day) {
		return new WoundVisit(day, 0.0, 100, false, true);
	}

}
