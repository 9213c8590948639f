/**
 * The benchmark harness: a process of its own that drives the running platform on loopback, measures it as its
 * users feel it against the broker's raw floor, and prints and records the figures ({@code ./trialstream bench}).
 */
package org.trialstream.benchmark;
