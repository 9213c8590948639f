package org.trialstream.adverseevent.flow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.trialstream.avro.capture.AdverseEventCase;
import org.trialstream.avro.capture.AdverseEventOutcome;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.AdverseEventUpdated;
import org.trialstream.avro.capture.Allocation;
import org.trialstream.avro.capture.AmputationLevel;
import org.trialstream.avro.capture.Causality;
import org.trialstream.avro.capture.FieldChange;
import org.trialstream.avro.capture.LimbAssessment;
import org.trialstream.avro.capture.SeriousnessCriterion;
import org.trialstream.avro.capture.SubjectEnrolled;
import org.trialstream.avro.capture.VisitCorrected;
import org.trialstream.avro.capture.VisitData;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.capture.WindowStatus;
import org.trialstream.avro.common.Actor;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.common.CtcaeVersion;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.avro.common.LabAnalyte;
import org.trialstream.avro.common.LabResult;
import org.trialstream.avro.common.Laterality;

/** Capture events as site-capture writes them, for a fresh subject of LEGEND-1 at US-07 per test. */
public final class CaptureEvents {

	public static final String TRIAL = "LEGEND-1";

	public static final String SITE = "US-07";

	private CaptureEvents() {
	}

	/** A pseudonymous subject id no other test uses, e.g. US-07-4821. */
	public static String newSubject() {
		return SITE + "-" + ThreadLocalRandom.current().nextInt(1000, 1_000_000);
	}

	public static EventMetadata metadata(String trialId, String siteId) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return EventMetadata.newBuilder()
			.setEventId(UUID.randomUUID())
			.setOccurredAt(now)
			.setRecordedAt(now)
			.setSource("site-capture")
			.setTrialId(trialId)
			.setSiteId(siteId)
			.setActor(new Actor("investigator-" + siteId, ActorRole.SITE))
			.setCorrelationId(null)
			.build();
	}

	public static AdverseEventCase seriousCase(String term, Causality causality, SeriousnessCriterion... criteria) {
		return aCase(term, true, causality, List.of(criteria));
	}

	public static AdverseEventCase aCase(String term, boolean serious, Causality causality,
			List<SeriousnessCriterion> criteria) {
		return AdverseEventCase.newBuilder()
			.setVerbatimTerm(term)
			.setOnsetDate(LocalDate.now().minusDays(1))
			.setCtcaeGrade(3)
			.setCtcaeVersion(CtcaeVersion.V5_0)
			.setSerious(serious)
			.setSeriousnessCriteria(criteria)
			.setCausalityInvestigator(causality)
			.setOutcome(AdverseEventOutcome.NOT_RECOVERED)
			.setSiteAwareAt(Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS))
			.build();
	}

	public static AdverseEventReported reported(String subjectId, String adverseEventId, AdverseEventCase adverseEvent) {
		return AdverseEventReported.newBuilder()
			.setMetadata(metadata(TRIAL, SITE))
			.setSubjectId(subjectId)
			.setAdverseEventId(adverseEventId)
			.setCase$(adverseEvent)
			.build();
	}

	public static AdverseEventUpdated followUp(AdverseEventReported initial, int number, String reason,
			AdverseEventCase adverseEvent) {
		return AdverseEventUpdated.newBuilder()
			.setMetadata(metadata(TRIAL, SITE))
			.setSubjectId(initial.getSubjectId())
			.setAdverseEventId(initial.getAdverseEventId())
			.setFollowUpNumber(number)
			.setInitialReportEventId(initial.getMetadata().getEventId())
			.setReason(reason)
			.setCase$(adverseEvent)
			.build();
	}

	public static LabResult lab(LabAnalyte analyte, double value, String unit) {
		return LabResult.newBuilder().setAnalyte(analyte).setValue(value).setUnit(unit).build();
	}

	public static SubjectEnrolled enrolled(String subjectId, List<LabResult> baselineLabs) {
		return SubjectEnrolled.newBuilder()
			.setMetadata(metadata(TRIAL, SITE))
			.setSubjectId(subjectId)
			.setEnrolmentDate(LocalDate.now().minusDays(30))
			.setAllocation(new Allocation("BLINDED", null))
			.setLimbs(List.of())
			.setBaselineLabs(baselineLabs)
			.setAgeYears(64)
			.build();
	}

	public static VisitCorrected corrected(VisitRecorded visit, String reason, List<LabResult> labs) {
		VisitData data = VisitData.newBuilder(visit.getVisit()).setLabs(labs).build();
		return VisitCorrected.newBuilder()
			.setMetadata(metadata(TRIAL, SITE))
			.setSubjectId(visit.getSubjectId())
			.setVisitId(visit.getVisitId())
			.setCorrectionNumber(1)
			.setReason(reason)
			.setChanges(List.of(new FieldChange("labs", "transcribed value", "corrected value")))
			.setVisit(data)
			.build();
	}

	public static VisitRecorded visit(String subjectId, List<LabResult> labs, AmputationLevel leftAmputation) {
		LimbAssessment left = LimbAssessment.newBuilder()
			.setLaterality(Laterality.LEFT)
			.setAmputation(leftAmputation)
			.build();
		VisitData data = VisitData.newBuilder()
			.setVisitCode("D28")
			.setStudyDay(28)
			.setVisitDate(LocalDate.now())
			.setLimbs(List.of(left))
			.setLabs(labs)
			.build();
		return VisitRecorded.newBuilder()
			.setMetadata(metadata(TRIAL, SITE))
			.setSubjectId(subjectId)
			.setVisitId(UUID.randomUUID().toString())
			.setWindowStatus(WindowStatus.IN_WINDOW)
			.setVisit(data)
			.build();
	}

}
