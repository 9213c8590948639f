/**
 * The benchmark's report: figures with their ratio to the Kafka floor and their goal, the machine they came from,
 * printed as a table and written into docs/benchmarks.md.
 */
package org.trialstream.benchmark.report;
