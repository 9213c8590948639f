package org.trialstream.adverseevent.alerting;

import java.util.HashMap;
import java.util.Map;

/**
 * Initial reports and follow-ups come on two topics read independently, so an older version of a case can arrive
 * after a newer one. The newest follow-up number seen per case wins; an older one must not roll the alert back
 * (an initial non-serious report arriving after the serious follow-up would otherwise nullify the clocks).
 * In memory: after a restart only uncommitted events come again, and those are duplicates by eventId.
 */
public final class FollowUpOrder {

	private final Map<String, Integer> newest = new HashMap<>();

	/** Records the follow-up number and says whether it is at least as new as any seen for the case. */
	public synchronized boolean isCurrent(String trialId, String adverseEventId, int followUpNumber) {
		String key = trialId + "|" + adverseEventId;
		Integer seen = newest.get(key);
		if (seen != null && followUpNumber < seen) {
			return false;
		}
		newest.put(key, followUpNumber);
		return true;
	}

}
