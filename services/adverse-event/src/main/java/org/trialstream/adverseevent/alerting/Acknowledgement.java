package org.trialstream.adverseevent.alerting;

import java.time.Instant;

/**
 * A monitor's acknowledgement of an alert.
 *
 * @param by the monitor's user id
 * @param at when (UTC)
 * @param note the monitor's note, verbatim, or null
 */
public record Acknowledgement(String by, Instant at, String note) {
}
