package org.trialstream.sitecapture.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed-trial requests for the API tests: eligible subjects and plausible visits (DOMAIN.md typical values). */
public final class Trials {

	public static final String LEGEND = "LEGEND-1";

	public static final String HUCMSC = "HUCMSC-DF";

	public static final String US01 = "site-us01";

	public static final String US02 = "site-us02";

	public static final String CN01 = "site-cn01";

	/** Enrolled 200 days ago, so every early visit date is in the past. */
	public static final LocalDate ENROLMENT_DATE = LocalDate.now(ZoneOffset.UTC).minusDays(200);

	private Trials() {
	}

	public static Map<String, Object> legendEnrolment() {
		return Map.of("enrolmentDate", ENROLMENT_DATE.toString(), "ageYears", 64, "indexUlcerAreaCm2", 3.2, "limbs",
				List.of(Map.of("laterality", "LEFT", "studyLimb", true)), "screeningLabs",
				List.of(Map.of("analyte", "HBA1C", "value", 8.1, "unit", "%")));
	}

	public static Map<String, Object> hucmscEnrolment() {
		return Map.of("enrolmentDate", ENROLMENT_DATE.toString(), "ageYears", 58, "limbs",
				List.of(Map.of("laterality", "LEFT", "studyLimb", true), Map.of("laterality", "RIGHT", "studyLimb", true)));
	}

	/** Enrols an eligible LEGEND-1 subject as the given site user and returns its id. */
	public static String enrolLegend(ApiClient api, String user) {
		ApiClient.Reply reply = api.postJson(user, "/api/v1/trials/" + LEGEND + "/subjects", legendEnrolment());
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().get("subjectId").asString();
	}

	public static String enrolHucmsc(ApiClient api) {
		ApiClient.Reply reply = api.postJson(CN01, "/api/v1/trials/" + HUCMSC + "/subjects", hucmscEnrolment());
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return reply.json().get("subjectId").asString();
	}

	/** A LEGEND-1 visit on study day {@code studyDay} with wound and perfusion of the LEFT limb. */
	public static String legendVisit(String visitCode, int studyDay) {
		return """
				{"visitCode": "%s", "visitDate": "%s",
				 "limbs": [{"laterality": "LEFT",
				            "wound": {"areaCm2": 2.4, "depthMm": 1.5, "wagnerGrade": 2, "closureStatus": "OPEN"},
				            "perfusion": {"abi": 0.62, "toePressureMmHg": 44, "tcpo2MmHg": 41}}],
				 "vitals": {"temperatureC": 36.8},
				 "labs": [{"analyte": "HEMOGLOBIN", "value": 124, "unit": "g/L"}]}
				""".formatted(visitCode, ENROLMENT_DATE.plusDays(studyDay));
	}

	public static String visitsPath(String trialId, String subjectId) {
		return "/api/v1/trials/" + trialId + "/subjects/" + subjectId + "/visits";
	}

}
