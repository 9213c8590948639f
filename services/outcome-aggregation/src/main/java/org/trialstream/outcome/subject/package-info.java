/**
 * One subject's outcome state, folded from its capture and safety events (enrolment, visits and their corrections,
 * adverse events and their follow-ups, safety alerts), and the rules that turn it into the subject's analysis units
 * (the subject, or each limb where the protocol analyses by limb). Plain Java: the topology stores and ships these
 * records; the rules are unit-tested without Kafka.
 */
package org.trialstream.outcome.subject;
