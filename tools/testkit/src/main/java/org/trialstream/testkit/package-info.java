/**
 * The platform's real components, for tests and for the launcher: a real KRaft broker and a real Apicurio Registry
 * process, the topics and schemas of {@link org.trialstream.avro.TopicCatalog}, and probes that read what the
 * services wrote. Never a mock registry or an in-memory fake.
 */
package org.trialstream.testkit;
