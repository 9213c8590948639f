package org.trialstream.adverseevent.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.trialstream.adverseevent.alerting.SignalSource;
import org.trialstream.adverseevent.assessment.AdverseEventCase;
import org.trialstream.adverseevent.assessment.Causality;
import org.trialstream.adverseevent.assessment.LabAnalyte;
import org.trialstream.adverseevent.assessment.LabObservation;
import org.trialstream.adverseevent.assessment.SeriousnessCriterion;
import org.trialstream.avro.capture.AdverseEventOutcome;
import org.trialstream.avro.common.EventMetadata;
import org.trialstream.avro.common.LabResult;

/** Maps capture events (Avro) to the domain records the safety rules read. Unknown enum symbols map to nothing. */
final class CaptureMapping {

	private CaptureMapping() {
	}

	static SignalSource source(EventMetadata metadata, String subjectId) {
		return new SignalSource(metadata.getEventId().toString(), metadata.getTrialId(), metadata.getSiteId(),
				subjectId, metadata.getCorrelationId());
	}

	/** @param followUpNumber 0 for the initial report */
	static AdverseEventCase adverseEvent(EventMetadata metadata, String subjectId, String adverseEventId,
			int followUpNumber, org.trialstream.avro.capture.AdverseEventCase reported) {
		Set<SeriousnessCriterion> criteria = EnumSet.noneOf(SeriousnessCriterion.class);
		for (org.trialstream.avro.capture.SeriousnessCriterion criterion : reported.getSeriousnessCriteria()) {
			enumValue(SeriousnessCriterion.class, criterion.name()).ifPresent(criteria::add);
		}
		String version = reported.getCtcaeVersion() == null ? null : reported.getCtcaeVersion().name();
		return new AdverseEventCase(metadata.getTrialId(), metadata.getSiteId(), subjectId, adverseEventId,
				reported.getVerbatimTerm(), reported.getMeddraPtCode(), reported.getCtcaeGrade(), version,
				reported.getSerious(), criteria, causality(reported.getCausalityInvestigator()),
				reported.getCausalitySponsor() == null ? null : causality(reported.getCausalitySponsor()),
				reported.getOutcome() == AdverseEventOutcome.FATAL, reported.getSiteAwareAt(), followUpNumber);
	}

	/** The labs this service grades; other analytes and unknown symbols are left out. */
	static List<LabObservation> labs(List<LabResult> results) {
		List<LabObservation> labs = new ArrayList<>();
		for (LabResult result : results) {
			enumValue(LabAnalyte.class, result.getAnalyte().name()).ifPresent(analyte -> labs.add(new LabObservation(
					analyte, result.getValue(), result.getUnit(), result.getLowerLimitOfNormal(),
					result.getUpperLimitOfNormal())));
		}
		return labs;
	}

	private static Causality causality(org.trialstream.avro.capture.Causality causality) {
		return enumValue(Causality.class, causality.name()).orElse(Causality.UNKNOWN);
	}

	private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return Optional.of(value);
			}
		}
		return Optional.empty();
	}

}
