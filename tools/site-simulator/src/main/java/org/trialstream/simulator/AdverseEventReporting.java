package org.trialstream.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * How a site reports a subject's adverse events: serious ones now and then with a follow-up at discharge, a death
 * that ends the subject's participation, and now and then an invalid report.
 */
final class AdverseEventReporting {

	private final SiteSubmissions site;

	private final SimulationClock clock;

	private final ClinicalModel model;

	private final Progress progress;

	private final double invalidShare;

	AdverseEventReporting(SiteSubmissions site, SimulationClock clock, ClinicalModel model, Progress progress,
			double invalidShare) {
		this.site = site;
		this.clock = clock;
		this.model = model;
		this.progress = progress;
		this.invalidShare = invalidShare;
	}

	/** After a visit on study day {@code day}: perhaps a serious event, perhaps a non-serious one. */
	void afterVisit(LocalDate enrolmentDate, int day) {
		if (model.chance(0.03)) {
			report(model.pick(AdverseEventTemplate.SERIOUS), enrolmentDate, day);
		}
		else if (model.chance(0.08)) {
			report(model.pick(AdverseEventTemplate.NON_SERIOUS), enrolmentDate, day);
		}
	}

	void reportDeath(LocalDate enrolmentDate, int day) {
		Map<String, Object> event = Payloads.adverseEvent(AdverseEventTemplate.DEATH, enrolmentDate.plusDays(day),
				Instant.now(), "FATAL", enrolmentDate.plusDays(day));
		if (site.submit("/adverse-events", event, progress.adverseEvents).accepted()) {
			progress.seriousAdverseEvents.incrementAndGet();
		}
	}

	private void report(AdverseEventTemplate template, LocalDate enrolmentDate, int day) {
		LocalDate onset = enrolmentDate.plusDays(Math.max(0, day - model.between(0, 3)));
		Map<String, Object> event = Payloads.adverseEvent(template, onset, Instant.now(), "NOT_RECOVERED", null);
		SiteCaptureClient.Answer answer = site.submit("/adverse-events", event, progress.adverseEvents);
		if (answer.accepted() && template.serious()) {
			progress.seriousAdverseEvents.incrementAndGet();
			String adverseEventId = answer.field("adverseEventId");
			if (model.chance(0.5)) {
				clock.at(enrolmentDate, day + 10, () -> followUp(adverseEventId, template, onset, enrolmentDate.plusDays(day + 10)));
			}
		}
		if (model.chance(invalidShare * 3)) {
			site.submitInvalid("/adverse-events", model.pick(InvalidSubmissions.ADVERSE_EVENT_SPOILERS).apply(event));
		}
	}

	private void followUp(String adverseEventId, AdverseEventTemplate template, LocalDate onset, LocalDate resolved) {
		Map<String, Object> event = Payloads.adverseEvent(template, onset, Instant.now(), template.outcomeAtFollowUp(),
				resolved);
		site.submit("/adverse-events/" + adverseEventId + "/follow-ups", Payloads.followUp("Follow-up at discharge", event),
				progress.followUps);
	}

}
