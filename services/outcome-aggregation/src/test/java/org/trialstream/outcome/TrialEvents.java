package org.trialstream.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.trialstream.avro.capture.AdverseEventCase;
import org.trialstream.avro.capture.AdverseEventOutcome;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.Allocation;
import org.trialstream.avro.capture.AmputationLevel;
import org.trialstream.avro.capture.Causality;
import org.trialstream.avro.capture.ClosureStatus;
import org.trialstream.avro.capture.FieldChange;
import org.trialstream.avro.capture.Limb;
import org.trialstream.avro.capture.LimbAssessment;
import org.trialstream.avro.capture.Perfusion;
import org.trialstream.avro.capture.SubjectEnrolled;
import org.trialstream.avro.capture.VisitCorrected;
import org.trialstream.avro.capture.VisitData;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.capture.WindowStatus;
import org.trialstream.avro.capture.WoundAssessment;
import org.trialstream.avro.common.Actor;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.common.CtcaeVersion;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.avro.common.Laterality;
import org.trialstream.avro.outcome.TrialUnblinded;
import org.trialstream.avro.safety.AlertKind;
import org.trialstream.avro.safety.AlertSeverity;
import org.trialstream.avro.safety.SafetyAlertRaised;
import org.trialstream.avro.safety.SafetyAlertUpdated;

/** Capture, safety and unblinding events as the other services write them, for one trial. */
public record TrialEvents(String trialId, LocalDate enrolmentDate) {

	public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

	public SubjectEnrolled enrolled(String siteId, String subjectId, String armCode, Laterality... limbs) {
		return SubjectEnrolled.newBuilder()
			.setMetadata(metadata(siteId, ActorRole.SITE, 0))
			.setSubjectId(subjectId)
			.setEnrolmentDate(enrolmentDate)
			.setAllocation(new Allocation(armCode, null))
			.setLimbs(java.util.stream.IntStream.range(0, limbs.length)
				.mapToObj(i -> new Limb(limbs[i], i == 0))
				.toList())
			.build();
	}

	/** A visit with one wound per limb: area, and closed meaning 100 % re-epithelialised without drainage. */
	public VisitRecorded visit(String siteId, String subjectId, String code, int day, LimbValues... limbs) {
		return VisitRecorded.newBuilder()
			.setMetadata(metadata(siteId, ActorRole.SITE, day))
			.setSubjectId(subjectId)
			.setVisitId(subjectId + "-" + code)
			.setWindowStatus(WindowStatus.IN_WINDOW)
			.setVisit(data(code, day, limbs))
			.build();
	}

	public VisitCorrected correction(String siteId, String subjectId, String code, int day, int number,
			LimbValues... limbs) {
		return VisitCorrected.newBuilder()
			.setMetadata(metadata(siteId, ActorRole.SITE, day + 1))
			.setSubjectId(subjectId)
			.setVisitId(subjectId + "-" + code)
			.setCorrectionNumber(number)
			.setReason("transcription error")
			.setChanges(List.of(new FieldChange("limbs[0].wound", "before", "after")))
			.setVisit(data(code, day, limbs))
			.build();
	}

	public AdverseEventReported adverseEvent(String siteId, String subjectId, String aeId, int grade, boolean serious) {
		return AdverseEventReported.newBuilder()
			.setMetadata(metadata(siteId, ActorRole.SITE, 10))
			.setSubjectId(subjectId)
			.setAdverseEventId(aeId)
			.setCase$(AdverseEventCase.newBuilder()
				.setVerbatimTerm("wound infection")
				.setOnsetDate(enrolmentDate.plusDays(10))
				.setCtcaeGrade(grade)
				.setCtcaeVersion(CtcaeVersion.V5_0)
				.setSerious(serious)
				.setCausalityInvestigator(Causality.NOT_RELATED)
				.setOutcome(grade == 5 ? AdverseEventOutcome.FATAL : AdverseEventOutcome.RECOVERING)
				.setSiteAwareAt(START)
				.build())
			.build();
	}

	public SafetyAlertRaised susar(String siteId, String subjectId, String aeId) {
		return SafetyAlertRaised.newBuilder()
			.setMetadata(metadata(siteId, ActorRole.SYSTEM, 11))
			.setAlertId("alert-" + aeId)
			.setSubjectId(subjectId)
			.setAdverseEventId(aeId)
			.setKind(AlertKind.SUSAR)
			.setSeverity(AlertSeverity.values()[0])
			.setReason("serious, related, unexpected")
			.setSourceEventIds(List.of())
			.setSponsorAwareAt(START)
			.build();
	}

	/** A revision of an alert, e.g. a SUSAR reassessed as expected (kind SERIOUS_ADVERSE_EVENT). */
	public SafetyAlertUpdated alertRevised(String siteId, String subjectId, String aeId, int revision, AlertKind kind) {
		return SafetyAlertUpdated.newBuilder()
			.setMetadata(metadata(siteId, ActorRole.SYSTEM, 12))
			.setAlertId("alert-" + aeId)
			.setSubjectId(subjectId)
			.setAdverseEventId(aeId)
			.setKind(kind)
			.setSeverity(AlertSeverity.values()[0])
			.setReason("reassessed")
			.setSourceEventIds(List.of())
			.setSponsorAwareAt(START)
			.setRevision(revision)
			.setChangeSummary("kind changed to " + kind)
			.build();
	}

	public TrialUnblinded unblinded(String actor, String reason) {
		return TrialUnblinded.newBuilder().setMetadata(metadata("ALL", ActorRole.DMC, 200)).setReason(reason).build();
	}

	private VisitData data(String code, int day, LimbValues... limbs) {
		return VisitData.newBuilder()
			.setVisitCode(code)
			.setStudyDay(day)
			.setVisitDate(enrolmentDate.plusDays(day))
			.setLimbs(List.of(limbs).stream().map(LimbValues::toAvro).toList())
			.build();
	}

	private EventMetadata metadata(String siteId, ActorRole role, int day) {
		Instant at = enrolmentDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(day * 86_400L + 3600);
		return EventMetadata.newBuilder()
			.setEventId(UUID.randomUUID())
			.setOccurredAt(at)
			.setRecordedAt(at)
			.setSource("test")
			.setTrialId(trialId)
			.setSiteId(siteId)
			.setActor(new Actor("tester", role))
			.build();
	}

	/** One limb's values at a visit. */
	public record LimbValues(Laterality laterality, double areaCm2, boolean closed, Double abi, boolean majorAmputation) {

		public static LimbValues open(Laterality laterality, double areaCm2) {
			return new LimbValues(laterality, areaCm2, false, null, false);
		}

		public static LimbValues closed(Laterality laterality) {
			return new LimbValues(laterality, 0.0, true, null, false);
		}

		public LimbValues withAbi(double value) {
			return new LimbValues(laterality, areaCm2, closed, value, majorAmputation);
		}

		public LimbValues amputated() {
			return new LimbValues(laterality, areaCm2, closed, abi, true);
		}

		LimbAssessment toAvro() {
			return LimbAssessment.newBuilder()
				.setLaterality(laterality)
				.setWound(WoundAssessment.newBuilder()
					.setAreaCm2(areaCm2)
					.setClosureStatus(closed ? ClosureStatus.CLOSED : ClosureStatus.OPEN)
					.setReEpithelialisationPercent(closed ? 100 : 40)
					.setDrainage(false)
					.build())
				.setPerfusion(abi == null ? null : Perfusion.newBuilder().setAbi(abi).build())
				.setAmputation(majorAmputation ? AmputationLevel.MAJOR : AmputationLevel.NONE)
				.build();
		}

	}

}
