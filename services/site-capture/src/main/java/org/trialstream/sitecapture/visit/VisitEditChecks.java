package org.trialstream.sitecapture.visit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.trialstream.protocol.TrialProtocol;
import org.trialstream.sitecapture.editcheck.LabChecks;
import org.trialstream.sitecapture.editcheck.Violations;
import org.trialstream.sitecapture.model.Laterality;
import org.trialstream.sitecapture.model.LimbAssessment;
import org.trialstream.sitecapture.model.Perfusion;
import org.trialstream.sitecapture.model.Subject;
import org.trialstream.sitecapture.model.Visit;
import org.trialstream.sitecapture.model.Vitals;
import org.trialstream.sitecapture.model.Wound;

/**
 * Edit checks of a visit, every failure with its field path and rule id: required fields; physiological ranges (ABI
 * 0-1.5, TcPO2 0-100 mmHg, toe pressure 0-200 mmHg, area and depth >= 0, Wagner 0-5, plausible temperatures and
 * vital signs); a visit code of the schedule or UNSCHEDULED; a date neither before enrolment nor in the future; only
 * limbs the subject has, each once; labs in the protocol's units.
 */
public final class VisitEditChecks {

	private VisitEditChecks() {
	}

	public static Violations check(Visit visit, String prefix, TrialProtocol protocol, Subject subject,
			LocalDate today) {
		Violations violations = new Violations();
		if (violations.required(prefix, "visitCode", visit.visitCode()) && !Visit.UNSCHEDULED.equals(visit.visitCode())
				&& protocol.visit(visit.visitCode()).isEmpty()) {
			violations.add(prefix + "visitCode", "visit.code.unknown", "must be one of "
					+ protocol.schedule().stream().map(TrialProtocol.ScheduledVisit::code).collect(Collectors.joining(", "))
					+ " or " + Visit.UNSCHEDULED);
		}
		if (violations.required(prefix, "visitDate", visit.visitDate())) {
			if (visit.visitDate().isBefore(subject.enrolmentDate())) {
				violations.add(prefix + "visitDate", "visit.date.before-enrolment",
						"must not be before enrolment on " + subject.enrolmentDate());
			}
			// A site east of UTC is already a day ahead of the server.
			if (visit.visitDate().isAfter(today.plusDays(1))) {
				violations.add(prefix + "visitDate", "date.future", "must not be in the future");
			}
		}
		Set<Laterality> seen = EnumSet.noneOf(Laterality.class);
		for (int i = 0; i < visit.limbs().size(); i++) {
			limb(violations, prefix + "limbs[" + i + "]", visit.limbs().get(i), subject, seen);
		}
		vitals(violations, prefix + "vitals", visit.vitals());
		violations.range(prefix, "hba1cPercent", "range.hba1c", visit.hba1cPercent(), 3, 20, "%");
		violations.atLeast(prefix, "dailyInsulinUnits", "range.insulin", visit.dailyInsulinUnits(), 0, "units");
		violations.atLeast(prefix, "severeHypoglycaemiaEvents", "range.hypoglycaemia",
				visit.severeHypoglycaemiaEvents(), 0, null);
		LabChecks.check(violations, prefix + "labs", visit.labs(), protocol, subject.siteId());
		return violations;
	}

	private static void limb(Violations violations, String at, LimbAssessment limb, Subject subject,
			Set<Laterality> seen) {
		if (!violations.required(at, limb)) {
			return;
		}
		if (violations.required(at, "laterality", limb.laterality())) {
			if (!subject.hasLimb(limb.laterality())) {
				violations.add(at + ".laterality", "limb.unknown",
						"the subject has no " + limb.laterality() + " limb in this trial");
			}
			else if (!seen.add(limb.laterality())) {
				violations.add(at + ".laterality", "limb.duplicate", "each limb may be assessed once per visit");
			}
		}
		wound(violations, Violations.join(at, "wound"), limb.wound());
		perfusion(violations, Violations.join(at, "perfusion"), limb.perfusion());
	}

	private static void wound(Violations violations, String at, Wound wound) {
		if (wound == null) {
			return;
		}
		violations.required(at, "areaCm2", wound.areaCm2());
		violations.atLeast(at, "areaCm2", "range.area", wound.areaCm2(), 0, "cm2");
		violations.atLeast(at, "depthMm", "range.depth", wound.depthMm(), 0, "mm");
		violations.range(at, "wagnerGrade", "range.wagner", wound.wagnerGrade(), 0, 5, null);
		violations.required(at, "closureStatus", wound.closureStatus());
		violations.range(at, "reEpithelialisationPercent", "range.re-epithelialisation",
				wound.reEpithelialisationPercent(), 0, 100, "%");
	}

	private static void perfusion(Violations violations, String at, Perfusion perfusion) {
		if (perfusion == null) {
			return;
		}
		violations.range(at, "abi", "range.abi", perfusion.abi(), 0, 1.5, null);
		violations.range(at, "toePressureMmHg", "range.toe-pressure", perfusion.toePressureMmHg(), 0, 200, "mmHg");
		violations.range(at, "tcpo2MmHg", "range.tcpo2", perfusion.tcpo2MmHg(), 0, 100, "mmHg");
		violations.range(at, "skinTemperatureC", "range.skin-temperature", perfusion.skinTemperatureC(), 15, 42,
				"deg C");
		violations.atLeast(at, "claudicationDistanceM", "range.claudication-distance",
				perfusion.claudicationDistanceM(), 0, "m");
	}

	private static void vitals(Violations violations, String at, Vitals vitals) {
		if (vitals == null) {
			return;
		}
		violations.range(at, "temperatureC", "range.temperature", vitals.temperatureC(), 30, 45, "deg C");
		violations.range(at, "systolicMmHg", "range.systolic", vitals.systolicMmHg(), 40, 300, "mmHg");
		violations.range(at, "diastolicMmHg", "range.diastolic", vitals.diastolicMmHg(), 20, 200, "mmHg");
		violations.range(at, "heartRateBpm", "range.heart-rate", vitals.heartRateBpm(), 20, 250, "bpm");
		violations.range(at, "weightKg", "range.weight", vitals.weightKg(), 20, 400, "kg");
	}

}
