package org.trialstream.sitecapture.events;

import org.trialstream.avro.capture.AmputationLevel;
import org.trialstream.avro.capture.Causality;
import org.trialstream.avro.capture.ClosureStatus;
import org.trialstream.avro.capture.Expectedness;
import org.trialstream.avro.capture.SeriousnessCriterion;
import org.trialstream.avro.capture.VisitData;
import org.trialstream.avro.common.CtcaeVersion;
import org.trialstream.avro.common.LabAnalyte;
import org.trialstream.avro.common.LabResult;
import org.trialstream.avro.common.Laterality;
import org.trialstream.sitecapture.model.AdverseEventCase;
import org.trialstream.sitecapture.model.Lab;
import org.trialstream.sitecapture.model.Limb;
import org.trialstream.sitecapture.model.LimbAssessment;
import org.trialstream.sitecapture.model.Perfusion;
import org.trialstream.sitecapture.model.Visit;
import org.trialstream.sitecapture.model.Vitals;
import org.trialstream.sitecapture.model.Wound;

/** Model values to their Avro types; called only with values that passed the edit checks. */
final class ModelToAvro {

	private ModelToAvro() {
	}

	static VisitData visit(Visit visit, int studyDay) {
		return VisitData.newBuilder()
			.setVisitCode(visit.visitCode())
			.setStudyDay(studyDay)
			.setVisitDate(visit.visitDate())
			.setLimbs(visit.limbs().stream().map(ModelToAvro::limbAssessment).toList())
			.setLabs(visit.labs().stream().map(ModelToAvro::lab).toList())
			.setVitals(vitals(visit.vitals()))
			.setHba1cPercent(visit.hba1cPercent())
			.setDailyInsulinUnits(visit.dailyInsulinUnits())
			.setSevereHypoglycaemiaEvents(visit.severeHypoglycaemiaEvents())
			.build();
	}

	static org.trialstream.avro.capture.Limb limb(Limb limb) {
		return org.trialstream.avro.capture.Limb.newBuilder()
			.setLaterality(AvroEnums.convert(limb.laterality(), Laterality.class))
			.setStudyLimb(Boolean.TRUE.equals(limb.studyLimb()))
			.build();
	}

	static LabResult lab(Lab lab) {
		return LabResult.newBuilder()
			.setAnalyte(AvroEnums.convert(lab.analyte(), LabAnalyte.class))
			.setAnalyteCode(lab.analyteCode())
			.setValue(lab.value())
			.setUnit(lab.unit())
			.setLowerLimitOfNormal(lab.lowerLimitOfNormal())
			.setUpperLimitOfNormal(lab.upperLimitOfNormal())
			.setCollectedAt(lab.collectedAt())
			.build();
	}

	static org.trialstream.avro.capture.AdverseEventCase adverseEvent(AdverseEventCase ae) {
		return org.trialstream.avro.capture.AdverseEventCase.newBuilder()
			.setVerbatimTerm(ae.verbatimTerm())
			.setMeddraPtCode(ae.meddraPtCode())
			.setMeddraVersion(ae.meddraVersion())
			.setOnsetDate(ae.onsetDate())
			.setResolvedDate(ae.resolvedDate())
			.setCtcaeGrade(ae.ctcaeGrade())
			.setCtcaeVersion(AvroEnums.convert(ae.ctcaeVersion(), CtcaeVersion.class))
			.setSerious(ae.serious())
			.setSeriousnessCriteria(ae.seriousnessCriteria()
				.stream()
				.map(criterion -> AvroEnums.convert(criterion, SeriousnessCriterion.class))
				.toList())
			.setCausalityInvestigator(AvroEnums.convert(ae.causalityInvestigator(), Causality.class))
			.setCausalitySponsor(null)
			.setExpectedness(AvroEnums.convert(ae.expectedness(), Expectedness.class))
			.setOutcome(AvroEnums.convert(ae.outcome(), org.trialstream.avro.capture.AdverseEventOutcome.class))
			.setLaterality(AvroEnums.convert(ae.laterality(), Laterality.class))
			.setSiteAwareAt(ae.siteAwareAt())
			.build();
	}

	private static org.trialstream.avro.capture.LimbAssessment limbAssessment(LimbAssessment limb) {
		AmputationLevel amputation = AvroEnums.convert(limb.amputation(), AmputationLevel.class);
		return org.trialstream.avro.capture.LimbAssessment.newBuilder()
			.setLaterality(AvroEnums.convert(limb.laterality(), Laterality.class))
			.setWound(wound(limb.wound()))
			.setPerfusion(perfusion(limb.perfusion()))
			.setAmputation(amputation == null ? AmputationLevel.UNKNOWN : amputation)
			.build();
	}

	private static org.trialstream.avro.capture.WoundAssessment wound(Wound wound) {
		if (wound == null) {
			return null;
		}
		return org.trialstream.avro.capture.WoundAssessment.newBuilder()
			.setAreaCm2(wound.areaCm2())
			.setDepthMm(wound.depthMm())
			.setWagnerGrade(wound.wagnerGrade())
			.setClosureStatus(AvroEnums.convert(wound.closureStatus(), ClosureStatus.class))
			.setReEpithelialisationPercent(wound.reEpithelialisationPercent())
			.setDrainage(wound.drainage())
			.build();
	}

	private static org.trialstream.avro.capture.Perfusion perfusion(Perfusion perfusion) {
		if (perfusion == null) {
			return null;
		}
		return org.trialstream.avro.capture.Perfusion.newBuilder()
			.setAbi(perfusion.abi())
			.setToePressureMmHg(perfusion.toePressureMmHg())
			.setTcpo2MmHg(perfusion.tcpo2MmHg())
			.setSkinTemperatureC(perfusion.skinTemperatureC())
			.setClaudicationDistanceM(perfusion.claudicationDistanceM())
			.build();
	}

	private static org.trialstream.avro.capture.Vitals vitals(Vitals vitals) {
		if (vitals == null) {
			return null;
		}
		return org.trialstream.avro.capture.Vitals.newBuilder()
			.setSystolicMmHg(vitals.systolicMmHg())
			.setDiastolicMmHg(vitals.diastolicMmHg())
			.setHeartRateBpm(vitals.heartRateBpm())
			.setTemperatureC(vitals.temperatureC())
			.setWeightKg(vitals.weightKg())
			.build();
	}

}
