/**
 * Wiring: the Streams application (exactly_once_v2, Apicurio Avro serdes for the topics), the trial protocols, the
 * typed service properties, and HTTP security (Basic, local dev users per role).
 */
package org.trialstream.outcome.config;
