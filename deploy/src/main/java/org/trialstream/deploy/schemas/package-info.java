/**
 * Schema registration for clusters where topics are declared elsewhere (Strimzi {@code KafkaTopic}s) and the
 * broker needs credentials: registers every value schema of the topic catalogue and sets the global rule, over
 * HTTP only, so the Kubernetes job needs no Kafka client.
 */
package org.trialstream.deploy.schemas;
