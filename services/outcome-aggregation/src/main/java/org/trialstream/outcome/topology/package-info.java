/**
 * The Kafka Streams topology: capture and safety events fold into per-subject state (keyed trialId:subjectId, each
 * visit under a key of its own, stored in a compact binary form), each subject's summary moves to its trial's
 * partition (keyed trialId) and replaces the subject's old one in the trial's running totals, and the report computed
 * from them is published as outcome snapshots. Avro stays here, at the edges of the topology.
 */
package org.trialstream.outcome.topology;
