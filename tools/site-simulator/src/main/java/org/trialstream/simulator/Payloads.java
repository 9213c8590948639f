package org.trialstream.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of site-capture's API, as JSON-ready maps. */
final class Payloads {

	private Payloads() {
	}

	static Map<String, Object> enrolment(LocalDate enrolmentDate, int ageYears, double areaCm2, List<String> lateralities,
			Map<String, Double> screeningLabs, Map<String, String> units) {
		List<Map<String, Object>> limbs = new ArrayList<>();
		for (int i = 0; i < lateralities.size(); i++) {
			limbs.add(Map.of("laterality", lateralities.get(i), "studyLimb", true));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("enrolmentDate", enrolmentDate.toString());
		body.put("ageYears", ageYears);
		body.put("indexUlcerAreaCm2", areaCm2);
		body.put("limbs", limbs);
		// Drawn two days before day 0: inside every protocol's window for inclusion labs (NCT06480123: 7 days).
		Instant collectedAt = enrolmentDate.minusDays(2).atTime(8, 0).toInstant(ZoneOffset.UTC);
		List<Map<String, Object>> labs = labs(screeningLabs, units);
		labs.replaceAll(lab -> withCollectedAt(lab, collectedAt));
		body.put("screeningLabs", labs);
		return body;
	}

	static Map<String, Object> visit(String visitCode, LocalDate visitDate, List<Map<String, Object>> limbs,
			Map<String, Double> labs, Map<String, String> units, Double hba1cPercent) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("visitCode", visitCode);
		body.put("visitDate", visitDate.toString());
		body.put("limbs", limbs);
		body.put("labs", labs(labs, units));
		body.put("vitals", Map.of("systolicMmHg", 138, "diastolicMmHg", 82, "heartRateBpm", 74));
		if (hba1cPercent != null) {
			body.put("hba1cPercent", hba1cPercent);
		}
		return body;
	}

	static Map<String, Object> limb(String laterality, double areaCm2, boolean closed, ClinicalModel.Perfusion perfusion,
			String amputation) {
		Map<String, Object> wound = new LinkedHashMap<>();
		wound.put("areaCm2", areaCm2);
		wound.put("depthMm", closed ? 0.0 : Math.max(0.5, ClinicalModel.round(areaCm2 * 0.6, 1)));
		wound.put("wagnerGrade", closed ? 0 : 2);
		wound.put("closureStatus", closed ? "CLOSED" : "OPEN");
		wound.put("reEpithelialisationPercent", closed ? 100 : Math.max(0, (int) Math.round(100 - areaCm2 * 12)));
		wound.put("drainage", !closed && areaCm2 > 4);
		Map<String, Object> limb = new LinkedHashMap<>();
		limb.put("laterality", laterality);
		limb.put("wound", wound);
		limb.put("perfusion", Map.of("abi", perfusion.abi(), "toePressureMmHg", perfusion.toePressureMmHg(), "tcpo2MmHg",
				perfusion.tcpo2MmHg(), "skinTemperatureC", perfusion.skinTemperatureC(), "claudicationDistanceM",
				perfusion.claudicationDistanceM()));
		limb.put("amputation", amputation);
		return limb;
	}

	static Map<String, Object> adverseEvent(AdverseEventTemplate template, LocalDate onsetDate, Instant siteAwareAt,
			String outcome, LocalDate resolvedDate) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("verbatimTerm", template.verbatimTerm());
		body.put("onsetDate", onsetDate.toString());
		if (resolvedDate != null) {
			body.put("resolvedDate", resolvedDate.toString());
		}
		body.put("ctcaeGrade", template.grade());
		body.put("ctcaeVersion", "V5_0");
		body.put("serious", !template.seriousnessCriteria().isEmpty());
		body.put("seriousnessCriteria", template.seriousnessCriteria());
		body.put("causalityInvestigator", template.causality());
		body.put("outcome", outcome);
		body.put("siteAwareAt", siteAwareAt.toString());
		return body;
	}

	static Map<String, Object> followUp(String reason, Map<String, Object> adverseEvent) {
		return Map.of("reason", reason, "adverseEvent", adverseEvent);
	}

	static Map<String, Object> correction(String reason, Map<String, Object> visit) {
		return Map.of("reason", reason, "visit", visit);
	}

	private static Map<String, Object> withCollectedAt(Map<String, Object> lab, Instant collectedAt) {
		Map<String, Object> dated = new LinkedHashMap<>(lab);
		dated.put("collectedAt", collectedAt.toString());
		return dated;
	}

	private static List<Map<String, Object>> labs(Map<String, Double> values, Map<String, String> units) {
		List<Map<String, Object>> labs = new ArrayList<>();
		values.forEach((analyte, value) -> labs.add(Map.of("analyte", analyte, "value", value, "unit", units.get(analyte))));
		return labs;
	}

}
