/**
 * What the platform costs the machine: resident memory of each process idle and under load (VmRSS), and the time
 * from {@code ./trialstream up} to ready.
 */
package org.trialstream.benchmark.resources;
