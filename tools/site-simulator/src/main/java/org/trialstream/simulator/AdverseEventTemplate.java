package org.trialstream.simulator;

import java.util.List;

/**
 * An adverse event a site may report, with its CTCAE grade, seriousness criteria (empty for a non-serious event),
 * investigator causality and the outcome a follow-up brings.
 */
record AdverseEventTemplate(String verbatimTerm, int grade, List<String> seriousnessCriteria, String causality,
		String outcomeAtFollowUp) {

	static final List<AdverseEventTemplate> SERIOUS = List.of(
			new AdverseEventTemplate("Cellulitis of the foot", 3, List.of("HOSPITALISATION"), "NOT_RELATED", "RECOVERED"),
			new AdverseEventTemplate("Osteomyelitis", 3, List.of("HOSPITALISATION"), "NOT_RELATED", "RECOVERING"),
			new AdverseEventTemplate("Acute myocardial infarction", 4, List.of("LIFE_THREATENING", "HOSPITALISATION"),
					"NOT_RELATED", "RECOVERED_WITH_SEQUELAE"),
			new AdverseEventTemplate("Hepatic enzymes increased", 3, List.of("MEDICALLY_IMPORTANT"), "RELATED",
					"RECOVERED"),
			new AdverseEventTemplate("Anaphylactic reaction", 4, List.of("LIFE_THREATENING"), "RELATED", "RECOVERED"));

	static final List<AdverseEventTemplate> NON_SERIOUS = List.of(
			new AdverseEventTemplate("Injection site pain", 1, List.of(), "RELATED", "RECOVERED"),
			new AdverseEventTemplate("Peripheral oedema", 1, List.of(), "NOT_RELATED", "RECOVERING"),
			new AdverseEventTemplate("Nausea", 1, List.of(), "NOT_RELATED", "RECOVERED"),
			new AdverseEventTemplate("Wound infection", 2, List.of(), "NOT_RELATED", "RECOVERED"));

	static final AdverseEventTemplate DEATH = new AdverseEventTemplate("Sudden cardiac death", 5, List.of("DEATH"),
			"NOT_RELATED", "FATAL");

	boolean serious() {
		return !seriousnessCriteria.isEmpty();
	}

}
