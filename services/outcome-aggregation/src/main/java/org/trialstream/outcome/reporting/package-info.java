/**
 * The trial outcome report: computed per arm, pooled and per site from running totals over the subjects' summaries
 * (a changed summary replaces the old one in them), then cut to what the reader may see. While a trial is blinded a sponsor sees the pooled (open) report only; the DMC sees the closed report by arm.
 * Every count a sponsor sees is small-cell suppressed, with complementary suppression across arms, sites and
 * categories. Plain Java.
 */
package org.trialstream.outcome.reporting;
