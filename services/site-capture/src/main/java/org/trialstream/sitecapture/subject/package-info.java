/**
 * The subjects the platform knows, with their visits and adverse events as currently recorded: in memory, rebuilt at
 * start-up by reading the capture topics from the beginning, and updated after each write the broker acknowledged.
 * Also the subject read endpoint and the per-request access decision (a site sees only its own subjects).
 */
package org.trialstream.sitecapture.subject;
