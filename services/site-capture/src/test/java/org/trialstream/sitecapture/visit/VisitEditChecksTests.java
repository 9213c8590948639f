package org.trialstream.sitecapture.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;
import org.trialstream.sitecapture.editcheck.Violation;
import org.trialstream.sitecapture.model.ClosureStatus;
import org.trialstream.sitecapture.model.Lab;
import org.trialstream.sitecapture.model.LabAnalyte;
import org.trialstream.sitecapture.model.Laterality;
import org.trialstream.sitecapture.model.Limb;
import org.trialstream.sitecapture.model.LimbAssessment;
import org.trialstream.sitecapture.model.Perfusion;
import org.trialstream.sitecapture.model.Subject;
import org.trialstream.sitecapture.model.Visit;
import org.trialstream.sitecapture.model.Vitals;
import org.trialstream.sitecapture.model.Wound;

import static org.assertj.core.api.Assertions.assertThat;

class VisitEditChecksTests {

	private static final TrialProtocol LEGEND = TrialProtocols.loadDefault().get("LEGEND-1");

	private static final LocalDate ENROLLED = LocalDate.of(2026, 6, 1);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final Subject SUBJECT = new Subject("LEGEND-1", "US-01", "US-01-0001", ENROLLED, 64,
			List.of(new Limb(Laterality.LEFT, true)), "PLACEBO", "KIT-1");

	private static Visit visit(Wound wound, Perfusion perfusion, Vitals vitals) {
		return new Visit("D28", ENROLLED.plusDays(28),
				List.of(new LimbAssessment(Laterality.LEFT, wound, perfusion, null)),
				List.of(new Lab(LabAnalyte.HEMOGLOBIN, null, 124.0, "g/L", null, null, null)), vitals, null, null,
				null);
	}

	private static List<String> check(Visit visit) {
		return VisitEditChecks.check(visit, "", LEGEND, SUBJECT, TODAY)
			.list()
			.stream()
			.map(v -> v.field() + " " + v.rule())
			.toList();
	}

	@Test
	void acceptsAPlausibleVisit() {
		assertThat(check(visit(new Wound(2.4, 1.5, 2, ClosureStatus.OPEN, 40, false),
				new Perfusion(0.62, 44.0, 41.0, 31.0, 120.0), new Vitals(130, 80, 72, 36.8, 81.0))))
			.isEmpty();
	}

	@Test
	void acceptsTheLimitsOfEveryRange() {
		assertThat(check(visit(new Wound(0.0, 0.0, 5, ClosureStatus.CLOSED, 100, false),
				new Perfusion(1.5, 200.0, 100.0, 15.0, 0.0), new Vitals(null, null, null, 45.0, null))))
			.isEmpty();
		assertThat(check(visit(new Wound(0.0, 0.0, 0, ClosureStatus.CLOSED, 0, null),
				new Perfusion(0.0, 0.0, 0.0, null, null), new Vitals(null, null, null, 30.0, null))))
			.isEmpty();
	}

	@Test
	void namesEveryMeasureJustOutsideItsRange() {
		assertThat(check(visit(new Wound(-0.1, -1.0, 6, ClosureStatus.OPEN, 101, null),
				new Perfusion(1.51, 200.1, 100.1, 43.0, -1.0), new Vitals(null, null, null, 45.1, null))))
			.containsExactlyInAnyOrder("limbs[0].wound.areaCm2 range.area", "limbs[0].wound.depthMm range.depth",
					"limbs[0].wound.wagnerGrade range.wagner",
					"limbs[0].wound.reEpithelialisationPercent range.re-epithelialisation",
					"limbs[0].perfusion.abi range.abi", "limbs[0].perfusion.toePressureMmHg range.toe-pressure",
					"limbs[0].perfusion.tcpo2MmHg range.tcpo2",
					"limbs[0].perfusion.skinTemperatureC range.skin-temperature",
					"limbs[0].perfusion.claudicationDistanceM range.claudication-distance",
					"vitals.temperatureC range.temperature");
	}

	@Test
	void requiresVisitCodeDateWoundAreaAndClosureStatus() {
		Visit visit = new Visit(null, null,
				List.of(new LimbAssessment(null, new Wound(null, null, null, null, null, null), null, null)),
				List.of(), null, null, null, null);

		assertThat(check(visit)).containsExactlyInAnyOrder("visitCode required", "visitDate required",
				"limbs[0].laterality required", "limbs[0].wound.areaCm2 required",
				"limbs[0].wound.closureStatus required");
	}

	@Test
	void acceptsAnUnscheduledVisitAndRefusesACodeOutsideTheSchedule() {
		Visit unscheduled = new Visit(Visit.UNSCHEDULED, ENROLLED.plusDays(40), List.of(), List.of(), null, null, null,
				null);
		Visit unknown = new Visit("M4", ENROLLED.plusDays(120), List.of(), List.of(), null, null, null, null);

		assertThat(check(unscheduled)).isEmpty();
		assertThat(check(unknown)).containsExactly("visitCode visit.code.unknown");
	}

	@Test
	void refusesAVisitBeforeEnrolmentOrInTheFuture() {
		Visit early = new Visit("D0", ENROLLED.minusDays(1), List.of(), List.of(), null, null, null, null);
		Visit future = new Visit("M12", TODAY.plusDays(2), List.of(), List.of(), null, null, null, null);

		assertThat(check(early)).containsExactly("visitDate visit.date.before-enrolment");
		assertThat(check(future)).containsExactly("visitDate date.future");
	}

	@Test
	void refusesALimbTheSubjectDoesNotHave() {
		Visit visit = new Visit("D28", ENROLLED.plusDays(28),
				List.of(new LimbAssessment(Laterality.RIGHT, null, new Perfusion(0.9, null, null, null, null), null)),
				List.of(), null, null, null, null);

		List<Violation> violations = VisitEditChecks.check(visit, "", LEGEND, SUBJECT, TODAY).list();

		assertThat(violations).singleElement().satisfies(violation -> {
			assertThat(violation.field()).isEqualTo("limbs[0].laterality");
			assertThat(violation.rule()).isEqualTo("limb.unknown");
			assertThat(violation.message()).isEqualTo("the subject has no RIGHT limb in this trial");
		});
	}

	@Test
	void refusesALabInAnotherUnitThanTheProtocolsRange() {
		Visit visit = new Visit("D28", ENROLLED.plusDays(28), List.of(),
				List.of(new Lab(LabAnalyte.HEMOGLOBIN, null, 12.4, "g/dL", null, null, null)), null, null, null, null);

		assertThat(check(visit)).containsExactly("labs[0].unit unit.lab");
	}

	@Test
	void namesEachFailingLabByItsPlaceInTheList() {
		List<Lab> labs = new ArrayList<>();
		labs.add(new Lab(LabAnalyte.HEMOGLOBIN, null, 124.0, "g/L", null, null, null));
		labs.add(null);
		labs.add(new Lab(LabAnalyte.PLATELETS, null, -1.0, null, 450.0, 150.0, null));
		Visit visit = new Visit("D28", ENROLLED.plusDays(28), List.of(), labs, null, null, null, null);

		assertThat(check(visit)).containsExactly("labs[1] required", "labs[2].value range.lab-value",
				"labs[2].unit required", "labs[2].lowerLimitOfNormal range.normal-range");
	}

}
