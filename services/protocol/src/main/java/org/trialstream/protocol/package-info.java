/**
 * Trial protocols as configuration, not code: arms and allocation ratio, blinding, sites, the visit schedule with
 * windows, eligibility, lab normal ranges per site, the reference safety information and the reporting rules. Loaded
 * from {@code trials/*.yml} on the class path and from {@code $TRIALS_DIR}; shared by the three services.
 */
package org.trialstream.protocol;
