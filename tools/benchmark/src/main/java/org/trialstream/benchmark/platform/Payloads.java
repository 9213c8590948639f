package org.trialstream.benchmark.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies of site-capture's API for a LEGEND-1 subject enrolled 28 days ago: an eligible enrolment, a D28
 * visit inside its window with a wound, perfusion, vitals and the nine routine labs (about 1 KB, what a real
 * site sends), and a serious adverse event. Bodies are serialised once and reused: the generator should spend its
 * CPU on sending, not on JSON.
 */
public final class Payloads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int VISIT_DAY = 28;

	private Payloads() {
	}

	public static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	public static byte[] enrolment() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("enrolmentDate", today().minusDays(VISIT_DAY).toString());
		body.put("ageYears", 64);
		body.put("indexUlcerAreaCm2", 4.2);
		body.put("limbs", List.of(Map.of("laterality", "LEFT", "studyLimb", true)));
		body.put("screeningLabs", List.of(lab("HBA1C", 7.8, "%"), lab("HEMOGLOBIN", 132, "g/L"),
				lab("PLATELETS", 250, "10*9/L"), lab("NEUTROPHILS", 4.1, "10*9/L")));
		return JSON.writeValueAsBytes(body);
	}

	public static Map<String, Object> visit() {
		Map<String, Object> wound = new LinkedHashMap<>();
		wound.put("areaCm2", 3.1);
		wound.put("depthMm", 1.5);
		wound.put("wagnerGrade", 2);
		wound.put("closureStatus", "OPEN");
		wound.put("reEpithelialisationPercent", 40);
		wound.put("drainage", false);
		Map<String, Object> limb = new LinkedHashMap<>();
		limb.put("laterality", "LEFT");
		limb.put("wound", wound);
		limb.put("perfusion", Map.of("abi", 0.72, "toePressureMmHg", 44.0, "tcpo2MmHg", 41.0, "skinTemperatureC", 31.5,
				"claudicationDistanceM", 180.0));
		limb.put("amputation", "NONE");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("visitCode", "D" + VISIT_DAY);
		body.put("visitDate", today().toString());
		body.put("limbs", List.of(limb));
		body.put("labs", List.of(lab("HEMOGLOBIN", 128, "g/L"), lab("PLATELETS", 240, "10*9/L"),
				lab("WHITE_BLOOD_CELLS", 7.2, "10*9/L"), lab("NEUTROPHILS", 4.4, "10*9/L"),
				lab("CREATININE", 88, "umol/L"), lab("INR", 1.0, "{INR}"), lab("ALBUMIN", 40, "g/L"),
				lab("BILIRUBIN_TOTAL", 9, "umol/L"), lab("HBA1C", 7.4, "%")));
		body.put("vitals", Map.of("systolicMmHg", 138, "diastolicMmHg", 82, "heartRateBpm", 74));
		body.put("hba1cPercent", 7.4);
		return body;
	}

	public static byte[] visitBytes() {
		return JSON.writeValueAsBytes(visit());
	}

	/** One batch request: {@code size} visits spread over the given subjects. */
	public static byte[] batch(List<String> subjects, int size, int offset) {
		Map<String, Object> visit = visit();
		List<Map<String, Object>> items = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			items.add(Map.of("subjectId", subjects.get((offset + i) % subjects.size()), "visit", visit));
		}
		return JSON.writeValueAsBytes(Map.of("visits", items));
	}

	/** A serious (hospitalisation), unrelated, grade 3 event: a signal, an alert for the monitors. */
	public static byte[] seriousAdverseEvent() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("verbatimTerm", "Cellulitis of the foot");
		body.put("onsetDate", today().minusDays(1).toString());
		body.put("ctcaeGrade", 3);
		body.put("ctcaeVersion", "V5_0");
		body.put("serious", true);
		body.put("seriousnessCriteria", List.of("HOSPITALISATION"));
		body.put("causalityInvestigator", "NOT_RELATED");
		body.put("outcome", "NOT_RECOVERED");
		body.put("siteAwareAt", Instant.now().toString());
		return JSON.writeValueAsBytes(body);
	}

	public static JsonMapper json() {
		return JSON;
	}

	private static Map<String, Object> lab(String analyte, double value, String unit) {
		return Map.of("analyte", analyte, "value", value, "unit", unit);
	}

}
