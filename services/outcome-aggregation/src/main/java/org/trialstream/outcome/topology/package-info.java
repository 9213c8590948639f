/**
 * The Kafka Streams topology: capture and safety events fold into per-subject state (keyed trialId:subjectId), each
 * subject's summary moves to its trial's partition (keyed trialId), and the trial report is rebuilt from the
 * summaries and published as outcome snapshots. Avro stays here, at the edges of the topology.
 */
package org.trialstream.outcome.topology;
