/**
 * Ingest as sites feel it: single-visit POSTs to site-capture at rising open-loop rates until the p99 passes 50 ms
 * (each answer comes only after the broker acknowledged the event), and the batch endpoint's throughput.
 */
package org.trialstream.benchmark.ingest;
