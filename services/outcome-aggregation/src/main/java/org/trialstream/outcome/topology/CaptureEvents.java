package org.trialstream.outcome.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.trialstream.avro.capture.AdverseEventCase;
import org.trialstream.avro.capture.AdverseEventOutcome;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.AdverseEventUpdated;
import org.trialstream.avro.capture.AmputationLevel;
import org.trialstream.avro.capture.ClosureStatus;
import org.trialstream.avro.capture.LimbAssessment;
import org.trialstream.avro.capture.SubjectEnrolled;
import org.trialstream.avro.capture.VisitCorrected;
import org.trialstream.avro.capture.VisitData;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.capture.WindowStatus;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.avro.common.LabAnalyte;
import org.trialstream.avro.common.LabResult;
import org.trialstream.avro.safety.AlertKind;
import org.trialstream.avro.safety.SafetyAlertRaised;
import org.trialstream.avro.safety.SafetyAlertUpdated;
import org.trialstream.outcome.subject.AdverseEventEntry;
import org.trialstream.outcome.subject.AlertEntry;
import org.trialstream.outcome.subject.Enrolment;
import org.trialstream.outcome.subject.LimbMeasures;
import org.trialstream.outcome.subject.SubjectState;
import org.trialstream.outcome.subject.VisitEntry;

/**
 * Maps the capture and safety events (Avro) onto a subject's state. A visit correction replaces the visit's values;
 * the corrected and the original events both stay on their topics.
 */
final class CaptureEvents {

	private CaptureEvents() {
	}

	/** The event's metadata, or null for a record this topology does not fold. */
	static EventMetadata metadata(SpecificRecord event) {
		return switch (event) {
			case SubjectEnrolled e -> e.getMetadata();
			case VisitRecorded e -> e.getMetadata();
			case VisitCorrected e -> e.getMetadata();
			case AdverseEventReported e -> e.getMetadata();
			case AdverseEventUpdated e -> e.getMetadata();
			case SafetyAlertRaised e -> e.getMetadata();
			case SafetyAlertUpdated e -> e.getMetadata();
			default -> null;
		};
	}

	static String subjectId(SpecificRecord event) {
		return switch (event) {
			case SubjectEnrolled e -> e.getSubjectId();
			case VisitRecorded e -> e.getSubjectId();
			case VisitCorrected e -> e.getSubjectId();
			case AdverseEventReported e -> e.getSubjectId();
			case AdverseEventUpdated e -> e.getSubjectId();
			case SafetyAlertRaised e -> e.getSubjectId();
			case SafetyAlertUpdated e -> e.getSubjectId();
			default -> null;
		};
	}

	/** The visit a visit event records or corrects, null for any other event. */
	static VisitEntry visit(SpecificRecord event) {
		return switch (event) {
			case VisitRecorded e -> visit(e.getVisitId(), e.getWindowStatus(), 0, e.getVisit(),
					e.getMetadata().getOccurredAt());
			case VisitCorrected e -> visit(e.getVisitId(), null, e.getCorrectionNumber(), e.getVisit(),
					e.getMetadata().getOccurredAt());
			default -> null;
		};
	}

	static SubjectState apply(SubjectState state, SpecificRecord event) {
		Instant at = metadata(event).getOccurredAt();
		return switch (event) {
			case SubjectEnrolled e -> state.withEnrolment(enrolment(e), at);
			case VisitRecorded e -> state.withVisit(visit(e), at);
			case VisitCorrected e -> state.withVisit(visit(e), at);
			case AdverseEventReported e -> state.withAdverseEvent(e.getAdverseEventId(), adverseEvent(0, e.getCase$()),
					at);
			case AdverseEventUpdated e -> state.withAdverseEvent(e.getAdverseEventId(),
					adverseEvent(e.getFollowUpNumber(), e.getCase$()), at);
			case SafetyAlertRaised e -> state.withAlert(e.getAlertId(), new AlertEntry(0, e.getKind() == AlertKind.SUSAR),
					at);
			case SafetyAlertUpdated e -> state.withAlert(e.getAlertId(),
					new AlertEntry(e.getRevision(), e.getKind() == AlertKind.SUSAR), at);
			default -> state;
		};
	}

	private static Enrolment enrolment(SubjectEnrolled event) {
		List<String> limbs = event.getLimbs().stream().map(limb -> limb.getLaterality().name()).toList();
		String studyLimb = event.getLimbs()
			.stream()
			.filter(limb -> limb.getStudyLimb())
			.map(limb -> limb.getLaterality().name())
			.findFirst()
			.orElse(null);
		return new Enrolment(event.getMetadata().getSiteId(), event.getAllocation().getArmCode(),
				event.getEnrolmentDate(), limbs, studyLimb, hba1c(event.getBaselineLabs()));
	}

	private static VisitEntry visit(String visitId, WindowStatus window, int correctionNumber, VisitData data,
			Instant occurredAt) {
		// A correction carries no window status: the corrected study day is checked against the schedule downstream.
		boolean outOfWindow = window == WindowStatus.EARLY || window == WindowStatus.LATE;
		Double hba1c = data.getHba1cPercent() != null ? data.getHba1cPercent() : hba1c(data.getLabs());
		return new VisitEntry(visitId, data.getVisitCode(), data.getStudyDay(), outOfWindow, correctionNumber,
				limbs(data.getLimbs()), hba1c, data.getDailyInsulinUnits(),
				data.getSevereHypoglycaemiaEvents(), occurredAt);
	}

	private static List<LimbMeasures> limbs(List<LimbAssessment> assessed) {
		List<LimbMeasures> limbs = new ArrayList<>(assessed.size());
		for (LimbAssessment limb : assessed) {
			limbs.add(limb(limb));
		}
		return limbs;
	}

	private static LimbMeasures limb(LimbAssessment limb) {
		var wound = limb.getWound();
		var perfusion = limb.getPerfusion();
		return new LimbMeasures(limb.getLaterality().name(), wound == null ? null : wound.getAreaCm2(),
				wound == null ? null : wound.getReEpithelialisationPercent(), wound == null ? null : wound.getDrainage(),
				wound != null && wound.getClosureStatus() == ClosureStatus.CLOSED,
				limb.getAmputation() == AmputationLevel.MAJOR, perfusion == null ? null : perfusion.getAbi(),
				perfusion == null ? null : perfusion.getToePressureMmHg(),
				perfusion == null ? null : perfusion.getTcpo2MmHg(),
				perfusion == null ? null : perfusion.getSkinTemperatureC(),
				perfusion == null ? null : perfusion.getClaudicationDistanceM());
	}

	private static AdverseEventEntry adverseEvent(int followUp, AdverseEventCase aeCase) {
		boolean fatal = aeCase.getOutcome() == AdverseEventOutcome.FATAL || aeCase.getCtcaeGrade() >= 5;
		return new AdverseEventEntry(followUp, aeCase.getCtcaeGrade(), aeCase.getSerious(), fatal,
				aeCase.getOnsetDate(), aeCase.getResolvedDate());
	}

	private static Double hba1c(List<LabResult> labs) {
		if (labs == null) {
			return null;
		}
		// A loop, not a stream: this runs for every visit a rebuild reads.
		for (LabResult lab : labs) {
			if (lab.getAnalyte() == LabAnalyte.HBA1C) {
				return lab.getValue();
			}
		}
		return null;
	}

}
