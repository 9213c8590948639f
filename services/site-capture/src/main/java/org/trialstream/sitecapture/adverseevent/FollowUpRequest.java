package org.trialstream.sitecapture.adverseevent;

import org.trialstream.sitecapture.model.AdverseEventCase;

/**
 * A follow-up: why the case changed, and the complete case after the change.
 *
 * @param reason why (required, stored verbatim)
 * @param adverseEvent the complete case after the follow-up
 */
public record FollowUpRequest(String reason, AdverseEventCase adverseEvent) {
}
