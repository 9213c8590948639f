package org.trialstream.sitecapture.subject;

import java.util.UUID;

import org.trialstream.sitecapture.model.AdverseEventCase;

/**
 * An adverse event case as currently known (the latest follow-up applied).
 *
 * @param adverseEventId platform-assigned id, stable across follow-ups
 * @param initialReportEventId eventId of the first report, which follow-ups refer to
 * @param followUps how many follow-ups were recorded
 * @param adverseEvent the complete current case
 */
public record ReportedAdverseEvent(String adverseEventId, UUID initialReportEventId, int followUps,
		AdverseEventCase adverseEvent) {

	public ReportedAdverseEvent followedUp(AdverseEventCase updated) {
		return new ReportedAdverseEvent(adverseEventId, initialReportEventId, followUps + 1, updated);
	}

}
