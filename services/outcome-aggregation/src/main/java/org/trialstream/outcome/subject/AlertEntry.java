package org.trialstream.outcome.subject;

/**
 * A safety alert as of its latest revision.
 *
 * @param revision 0 as raised, then the update's revision
 * @param susar the alert is (still) a SUSAR
 */
public record AlertEntry(int revision, boolean susar) {
}
