/**
 * Rebuild speed: how fast a new outcome-aggregation instance (a fresh Kafka Streams application id) rebuilds every
 * aggregate from the capture topics, topped up with synthetic visits written with the platform's own serializer.
 */
package org.trialstream.benchmark.rebuild;
