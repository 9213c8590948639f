/**
 * The load generator's core: an open-loop scheduler that sends on schedule (never after the previous reply) and
 * measures every operation from its intended start time, so a stall shows in the latencies instead of hiding in
 * the gaps (coordinated omission), and HdrHistogram summaries of what it measured.
 */
package org.trialstream.benchmark.harness;
