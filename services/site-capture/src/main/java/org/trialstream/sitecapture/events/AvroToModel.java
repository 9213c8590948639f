package org.trialstream.sitecapture.events;

import org.trialstream.avro.capture.VisitData;
import org.trialstream.avro.common.LabResult;
import org.trialstream.sitecapture.model.AdverseEventCase;
import org.trialstream.sitecapture.model.AdverseEventOutcome;
import org.trialstream.sitecapture.model.AmputationLevel;
import org.trialstream.sitecapture.model.Causality;
import org.trialstream.sitecapture.model.ClosureStatus;
import org.trialstream.sitecapture.model.CtcaeVersion;
import org.trialstream.sitecapture.model.Expectedness;
import org.trialstream.sitecapture.model.Lab;
import org.trialstream.sitecapture.model.LabAnalyte;
import org.trialstream.sitecapture.model.Laterality;
import org.trialstream.sitecapture.model.Limb;
import org.trialstream.sitecapture.model.LimbAssessment;
import org.trialstream.sitecapture.model.Perfusion;
import org.trialstream.sitecapture.model.SeriousnessCriterion;
import org.trialstream.sitecapture.model.Visit;
import org.trialstream.sitecapture.model.Vitals;
import org.trialstream.sitecapture.model.Wound;

/** Avro values read back from the capture topics (at start-up) to the model. */
public final class AvroToModel {

	private AvroToModel() {
	}

	public static Visit visit(VisitData visit) {
		return new Visit(visit.getVisitCode(), visit.getVisitDate(),
				visit.getLimbs().stream().map(AvroToModel::limbAssessment).toList(),
				visit.getLabs().stream().map(AvroToModel::lab).toList(), vitals(visit.getVitals()),
				visit.getHba1cPercent(), visit.getDailyInsulinUnits(), visit.getSevereHypoglycaemiaEvents());
	}

	public static Limb limb(org.trialstream.avro.capture.Limb limb) {
		return new Limb(AvroEnums.convert(limb.getLaterality(), Laterality.class), limb.getStudyLimb());
	}

	public static AdverseEventCase adverseEvent(org.trialstream.avro.capture.AdverseEventCase ae) {
		return new AdverseEventCase(ae.getVerbatimTerm(), ae.getMeddraPtCode(), ae.getMeddraVersion(),
				ae.getOnsetDate(), ae.getResolvedDate(), ae.getCtcaeGrade(),
				AvroEnums.convert(ae.getCtcaeVersion(), CtcaeVersion.class), ae.getSerious(),
				ae.getSeriousnessCriteria()
					.stream()
					.map(criterion -> AvroEnums.convert(criterion, SeriousnessCriterion.class))
					.toList(),
				AvroEnums.convert(ae.getCausalityInvestigator(), Causality.class),
				AvroEnums.convert(ae.getExpectedness(), Expectedness.class),
				AvroEnums.convert(ae.getOutcome(), AdverseEventOutcome.class),
				AvroEnums.convert(ae.getLaterality(), Laterality.class), ae.getSiteAwareAt());
	}

	private static Lab lab(LabResult lab) {
		return new Lab(AvroEnums.convert(lab.getAnalyte(), LabAnalyte.class), lab.getAnalyteCode(), lab.getValue(),
				lab.getUnit(), lab.getLowerLimitOfNormal(), lab.getUpperLimitOfNormal(), lab.getCollectedAt());
	}

	private static LimbAssessment limbAssessment(org.trialstream.avro.capture.LimbAssessment limb) {
		return new LimbAssessment(AvroEnums.convert(limb.getLaterality(), Laterality.class), wound(limb.getWound()),
				perfusion(limb.getPerfusion()), AvroEnums.convert(limb.getAmputation(), AmputationLevel.class));
	}

	private static Wound wound(org.trialstream.avro.capture.WoundAssessment wound) {
		return wound == null ? null
				: new Wound(wound.getAreaCm2(), wound.getDepthMm(), wound.getWagnerGrade(),
						AvroEnums.convert(wound.getClosureStatus(), ClosureStatus.class),
						wound.getReEpithelialisationPercent(), wound.getDrainage());
	}

	private static Perfusion perfusion(org.trialstream.avro.capture.Perfusion perfusion) {
		return perfusion == null ? null
				: new Perfusion(perfusion.getAbi(), perfusion.getToePressureMmHg(), perfusion.getTcpo2MmHg(),
						perfusion.getSkinTemperatureC(), perfusion.getClaudicationDistanceM());
	}

	private static Vitals vitals(org.trialstream.avro.capture.Vitals vitals) {
		return vitals == null ? null
				: new Vitals(vitals.getSystolicMmHg(), vitals.getDiastolicMmHg(), vitals.getHeartRateBpm(),
						vitals.getTemperatureC(), vitals.getWeightKg());
	}

}
