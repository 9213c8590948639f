/**
 * The trial outcome report: built from the subjects' summaries per arm and pooled, then cut to what the reader may
 * see. While a trial is blinded a sponsor sees the pooled (open) report only; the DMC sees the closed report by arm.
 * Every count a sponsor sees is small-cell suppressed, with complementary suppression across arms, sites and
 * categories. Plain Java.
 */
package org.trialstream.outcome.reporting;
