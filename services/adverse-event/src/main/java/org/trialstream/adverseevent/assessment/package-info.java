/**
 * The safety rules of DOMAIN.md as plain Java: seriousness (ICH E2A), CTCAE v5 lab grading against each site's
 * normal ranges, baseline-aware lab signals, expectedness and SUSAR, protocol triggers, and the regulatory clocks.
 * No Spring, Kafka or Avro here: listeners map events to these records and publishers map the results back.
 */
package org.trialstream.adverseevent.assessment;
