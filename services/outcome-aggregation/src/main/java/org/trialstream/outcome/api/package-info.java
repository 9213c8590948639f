/**
 * The outcome REST API: the open (pooled) and closed (by-arm) reports of a trial, cut to what the caller may see,
 * served from the Kafka Streams store of whichever instance owns the trial's partition (requests reaching another
 * instance are forwarded to it). Errors are RFC 9457 problem details.
 */
package org.trialstream.outcome.api;
