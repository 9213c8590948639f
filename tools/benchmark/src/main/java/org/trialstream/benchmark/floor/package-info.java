/**
 * The floor: what the same broker does with no platform in the way (a 400-byte record's produce-to-consume round
 * trip, acks=all and idempotent, and the producer's and consumer's top rates), on scratch topics created and deleted
 * by the measure. Every other figure is compared to it.
 */
package org.trialstream.benchmark.floor;
