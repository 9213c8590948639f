/**
 * The platform's public HTTP APIs as the benchmark drives them: site-capture as a site user (enrolment, visits,
 * batches, adverse events) with the local platform's dev users, and the request bodies it sends.
 */
package org.trialstream.benchmark.platform;
