/**
 * Adverse events as sites report them: the initial report and follow-ups (each the complete case with a reason,
 * never an overwrite), checked for seriousness criteria, grade and outcome, and dates. Writes
 * capture.adverse-event-reported.v1 and capture.adverse-event-updated.v1.
 */
package org.trialstream.sitecapture.adverseevent;
