package org.trialstream.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocol.ScheduledVisit;

/**
 * One subject's way through a trial, as its site reports it: enrolment, the scheduled visits (some late), a
 * confirmation visit two weeks after the ulcer is first seen closed, adverse events with follow-ups, corrections,
 * and now and then an invalid submission.
 */
final class SubjectJourney {

	private static final String DMC_USER = "dmc";

	private final TrialProtocol protocol;

	private final String siteUser;

	private final SimulationClock clock;

	private final SiteCaptureClient client;

	private final ClinicalModel model;

	private final Progress progress;

	private final double invalidShare;

	private String subjectId;

	private String armCode;

	private LocalDate enrolmentDate;

	private double baselineArea;

	private int closureDay;

	private boolean closedSeen;

	private boolean ended;

	private List<String> lateralities;

	private ClinicalModel.Perfusion baselinePerfusion;

	private String amputatedLimb;

	SubjectJourney(TrialProtocol protocol, String siteUser, SimulationClock clock, SiteCaptureClient client,
			ClinicalModel model, Progress progress, double invalidShare) {
		this.protocol = protocol;
		this.siteUser = siteUser;
		this.clock = clock;
		this.client = client;
		this.model = model;
		this.progress = progress;
		this.invalidShare = invalidShare;
	}

	void enrol() {
		enrolmentDate = clock.today();
		lateralities = protocol.unitOfAnalysis() == TrialProtocol.UnitOfAnalysis.LIMB && model.chance(0.36)
				? List.of("LEFT", "RIGHT") : List.of(model.chance(0.5) ? "LEFT" : "RIGHT");
		baselineArea = model.baselineAreaCm2(protocol.eligibility().minUlcerAreaCm2(),
				protocol.eligibility().maxUlcerAreaCm2());
		baselinePerfusion = model.baselinePerfusion();
		SiteCaptureClient.Answer answer = client.post(siteUser, trialPath("/subjects"),
				Payloads.enrolment(enrolmentDate, model.between(45, 82), baselineArea, lateralities, labs(false), units()));
		if (!answer.accepted()) {
			progress.failures.incrementAndGet();
			System.err.println("enrolment refused (" + answer.status() + "): " + answer.body());
			return;
		}
		subjectId = answer.field("subjectId");
		armCode = answer.field("armCode") != null ? answer.field("armCode") : armSeenByDmc();
		closureDay = model.daysToClosure(armCode);
		progress.subjects.incrementAndGet();
		for (ScheduledVisit visit : protocol.schedule()) {
			if (visit.day() > 0) {
				int late = model.chance(0.06) ? visit.windowAfterDays() + model.between(2, 6) : 0;
				clock.at(enrolmentDate, visit.day() + late, () -> visit(visit.code(), visit.day() + late, late > 0));
			}
		}
	}

	/** The simulator plays nature too: it needs the true arm to heal active arms faster, so it asks as the DMC. */
	private String armSeenByDmc() {
		SiteCaptureClient.Answer answer = client.get(DMC_USER, trialPath("/subjects/" + subjectIdOrEmpty()));
		return answer.accepted() ? answer.field("armCode") : null;
	}

	private void visit(String visitCode, int day, boolean late) {
		if (ended || subjectId == null) {
			return;
		}
		if (model.chance(0.004)) {
			reportDeath(day);
			return;
		}
		boolean closed = day >= closureDay;
		Map<String, Object> body = visitBody(visitCode, day, closed);
		SiteCaptureClient.Answer answer = client.post(siteUser, subjectPath("/visits"), body);
		if (!answer.accepted()) {
			progress.failures.incrementAndGet();
			System.err.println("visit " + visitCode + " of " + subjectId + " refused (" + answer.status() + "): " + answer.body());
			return;
		}
		progress.visits.incrementAndGet();
		if (late) {
			progress.lateVisits.incrementAndGet();
		}
		if (closed && !closedSeen) {
			closedSeen = true;
			clock.at(enrolmentDate, day + 14, () -> confirmClosure(day + 14));
		}
		afterVisit(answer.field("visitId"), body, day);
	}

	private void afterVisit(String visitId, Map<String, Object> body, int day) {
		if (model.chance(0.03)) {
			correct(visitId, body);
		}
		if (model.chance(invalidShare)) {
			sendInvalid(model.pick(InvalidSubmissions.VISIT_SPOILERS).apply(body), "/visits");
		}
		if (model.chance(0.03)) {
			report(model.pick(AdverseEventTemplate.SERIOUS), day);
		}
		else if (model.chance(0.08)) {
			report(model.pick(AdverseEventTemplate.NON_SERIOUS), day);
		}
	}

	private void confirmClosure(int day) {
		if (!ended) {
			Map<String, Object> body = visitBody("UNSCHEDULED", day, true);
			SiteCaptureClient.Answer answer = client.post(siteUser, subjectPath("/visits"), body);
			count(answer, progress.visits);
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
		return Payloads.visit(visitCode, enrolmentDate.plusDays(day), limbs, labs(true), units(), hba1c);
	}

	private void correct(String visitId, Map<String, Object> visit) {
		Map<String, Object> corrected = new LinkedHashMap<>(visit);
		corrected.put("vitals", Map.of("systolicMmHg", 134, "diastolicMmHg", 80, "heartRateBpm", 72));
		SiteCaptureClient.Answer answer = client.post(siteUser, subjectPath("/visits/" + visitId + "/corrections"),
				Payloads.correction("Transcription error: blood pressure re-read from the source document", corrected));
		count(answer, progress.corrections);
	}

	private void report(AdverseEventTemplate template, int day) {
		LocalDate onset = enrolmentDate.plusDays(Math.max(0, day - model.between(0, 3)));
		Map<String, Object> event = Payloads.adverseEvent(template, onset, Instant.now(), "NOT_RECOVERED", null);
		SiteCaptureClient.Answer answer = client.post(siteUser, subjectPath("/adverse-events"), event);
		if (count(answer, progress.adverseEvents) && template.serious()) {
			progress.seriousAdverseEvents.incrementAndGet();
			String adverseEventId = answer.field("adverseEventId");
			if (model.chance(0.5)) {
				clock.at(enrolmentDate, day + 10, () -> followUp(adverseEventId, template, onset, day + 10));
			}
		}
		if (model.chance(invalidShare * 3)) {
			sendInvalid(model.pick(InvalidSubmissions.ADVERSE_EVENT_SPOILERS).apply(event), "/adverse-events");
		}
	}

	private void followUp(String adverseEventId, AdverseEventTemplate template, LocalDate onset, int day) {
		Map<String, Object> event = Payloads.adverseEvent(template, onset, Instant.now(), template.outcomeAtFollowUp(),
				enrolmentDate.plusDays(day));
		SiteCaptureClient.Answer answer = client.post(siteUser,
				subjectPath("/adverse-events/" + adverseEventId + "/follow-ups"),
				Payloads.followUp("Follow-up at discharge", event));
		count(answer, progress.followUps);
	}

	private void reportDeath(int day) {
		ended = true;
		Map<String, Object> event = Payloads.adverseEvent(AdverseEventTemplate.DEATH, enrolmentDate.plusDays(day),
				Instant.now(), "FATAL", enrolmentDate.plusDays(day));
		if (count(client.post(siteUser, subjectPath("/adverse-events"), event), progress.adverseEvents)) {
			progress.seriousAdverseEvents.incrementAndGet();
		}
	}

	private void sendInvalid(Object body, String path) {
		progress.invalidSent.incrementAndGet();
		SiteCaptureClient.Answer answer = client.post(siteUser, subjectPath(path), body);
		if (answer.rejected()) {
			progress.invalidRejected.incrementAndGet();
		}
		else if (answer.accepted()) {
			progress.invalidAccepted.incrementAndGet();
			System.err.println("INVALID SUBMISSION ACCEPTED at " + path + ": " + body);
		}
		else {
			System.err.println("invalid submission answered " + answer.status() + " (expected 4xx): " + answer.body());
		}
	}

	private boolean count(SiteCaptureClient.Answer answer, java.util.concurrent.atomic.AtomicInteger counter) {
		if (answer.accepted()) {
			counter.incrementAndGet();
			return true;
		}
		progress.failures.incrementAndGet();
		System.err.println("refused (" + answer.status() + ") for " + subjectId + ": " + answer.body());
		return false;
	}

	private Map<String, Double> labs(boolean allowExcursion) {
		Map<String, Double> labs = new LinkedHashMap<>();
		for (String analyte : List.of("HEMOGLOBIN", "PLATELETS", "WHITE_BLOOD_CELLS", "NEUTROPHILS", "CREATININE", "INR",
				"ALBUMIN", "BILIRUBIN_TOTAL", "HBA1C")) {
			labs.put(analyte, model.typicalLab(analyte));
		}
		if (allowExcursion && model.chance(0.04)) {
			progress.labExcursions.incrementAndGet();
			switch (model.between(0, 2)) {
				case 0 -> labs.put("PLATELETS", 42.0);
				case 1 -> labs.put("HEMOGLOBIN", 76.0);
				default -> labs.put("NEUTROPHILS", 0.8);
			}
		}
		return labs;
	}

	private static Map<String, String> units() {
		return Map.of("HEMOGLOBIN", "g/L", "PLATELETS", "10*9/L", "WHITE_BLOOD_CELLS", "10*9/L", "NEUTROPHILS",
				"10*9/L", "CREATININE", "umol/L", "INR", "{INR}", "ALBUMIN", "g/L", "BILIRUBIN_TOTAL", "umol/L", "HBA1C",
				"%");
	}

	private String subjectIdOrEmpty() {
		return subjectId == null ? "" : subjectId;
	}

	private String trialPath(String rest) {
		return "/api/v1/trials/" + protocol.trialId() + rest;
	}

	private String subjectPath(String rest) {
		return trialPath("/subjects/" + subjectId + rest);
	}

}
