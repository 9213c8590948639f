package org.trialstream.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocol.ScheduledVisit;

/**
 * One subject's way through a trial, as its site reports it: enrolment, the scheduled visits (some late), a
 * confirmation visit two weeks after the ulcer is first seen closed, a major amputation now and then in the control
 * arms, corrections with reasons, adverse events, and now and then an invalid submission.
 */
final class SubjectJourney {

	private final TrialProtocol protocol;

	private final SimulationClock clock;

	private final ClinicalModel model;

	private final Progress progress;

	private final double invalidShare;

	private final SiteSubmissions site;

	private final AdverseEventReporting adverseEvents;

	private final LabPanel labs;

	private String armCode;

	private LocalDate enrolmentDate;

	private double baselineArea;

	private int closureDay;

	private boolean closedSeen;

	private boolean ended;

	private List<String> lateralities;

	private ClinicalModel.Perfusion baselinePerfusion;

	private String amputatedLimb;

	SubjectJourney(TrialProtocol protocol, SiteSubmissions site, SimulationClock clock, ClinicalModel model,
			Progress progress, double invalidShare) {
		this.protocol = protocol;
		this.site = site;
		this.clock = clock;
		this.model = model;
		this.progress = progress;
		this.invalidShare = invalidShare;
		this.adverseEvents = new AdverseEventReporting(site, clock, model, progress, invalidShare);
		this.labs = new LabPanel(model, progress);
	}

	void enrol() {
		enrolmentDate = clock.today();
		lateralities = protocol.unitOfAnalysis() == TrialProtocol.UnitOfAnalysis.LIMB && model.chance(0.36)
				? List.of("LEFT", "RIGHT") : List.of(model.chance(0.5) ? "LEFT" : "RIGHT");
		baselineArea = model.baselineAreaCm2(protocol.eligibility().minUlcerAreaCm2(),
				protocol.eligibility().maxUlcerAreaCm2());
		baselinePerfusion = model.baselinePerfusion();
		SiteCaptureClient.Answer answer = site.enrol(Payloads.enrolment(enrolmentDate, model.between(45, 82),
				baselineArea, lateralities, labs.screening(), LabPanel.UNITS));
		if (!answer.accepted()) {
			return;
		}
		armCode = answer.field("armCode") != null ? answer.field("armCode") : site.armSeenByDmc();
		closureDay = model.daysToClosure(armCode);
		progress.subjects.incrementAndGet();
		// Day 0 is the baseline assessment every later visit is compared with; it is never late.
		for (ScheduledVisit visit : protocol.schedule()) {
			int late = visit.day() > 0 && model.chance(0.06) ? visit.windowAfterDays() + model.between(2, 6) : 0;
			clock.at(enrolmentDate, visit.day() + late, () -> visit(visit.code(), visit.day() + late, late > 0));
		}
	}

	private void visit(String visitCode, int day, boolean late) {
		if (ended || !site.enrolled()) {
			return;
		}
		if (day > 0 && model.chance(0.004)) {
			ended = true;
			adverseEvents.reportDeath(enrolmentDate, day);
			return;
		}
		boolean closed = day >= closureDay;
		Map<String, Object> body = visitBody(visitCode, day, closed);
		SiteCaptureClient.Answer answer = site.submit("/visits", body, progress.visits);
		if (!answer.accepted()) {
			return;
		}
		if (late) {
			progress.lateVisits.incrementAndGet();
		}
		if (closed && !closedSeen) {
			closedSeen = true;
			clock.at(enrolmentDate, day + 14, () -> confirmClosure(day + 14));
		}
		if (model.chance(0.03)) {
			correct(answer.field("visitId"), body);
		}
		if (model.chance(invalidShare)) {
			site.submitInvalid("/visits", model.pick(InvalidSubmissions.VISIT_SPOILERS).apply(body));
		}
		adverseEvents.afterVisit(enrolmentDate, day);
	}

	private void confirmClosure(int day) {
		if (!ended) {
			site.submit("/visits", visitBody("UNSCHEDULED", day, true), progress.visits);
		}
	}

	private Map<String, Object> visitBody(String visitCode, int day, boolean closed) {
		List<Map<String, Object>> limbs = new ArrayList<>();
		for (String laterality : lateralities) {
			if (laterality.equals(amputatedLimb)) {
				continue;
			}
			String amputation = "NONE";
			if (!ClinicalModel.isActive(armCode) && amputatedLimb == null && model.chance(0.01)) {
				amputatedLimb = laterality;
				amputation = "MAJOR";
			}
			limbs.add(Payloads.limb(laterality, closed ? 0 : ClinicalModel.areaOnDay(baselineArea, day, closureDay), closed,
					model.perfusion(baselinePerfusion, armCode, day), amputation));
		}
		Double hba1c = protocol.diabetesEndpoints() ? model.typicalLab("HBA1C") : null;
		return Payloads.visit(visitCode, enrolmentDate.plusDays(day), limbs, labs.atVisit(), LabPanel.UNITS, hba1c);
	}

	private void correct(String visitId, Map<String, Object> visit) {
		Map<String, Object> corrected = new LinkedHashMap<>(visit);
		corrected.put("vitals", Map.of("systolicMmHg", 134, "diastolicMmHg", 80, "heartRateBpm", 72));
		site.submit("/visits/" + visitId + "/corrections",
				Payloads.correction("Transcription error: blood pressure re-read from the source document", corrected),
				progress.corrections);
	}

}
