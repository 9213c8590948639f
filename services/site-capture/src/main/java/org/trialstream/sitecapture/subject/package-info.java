/**
 * The subjects the platform knows, with what is held of their visits (ids, a few facts and each visit's position
 * on its topic; the content is read back from the topic when a correction or a read needs it) and their adverse
 * events: in memory, rebuilt at start-up by reading the capture topics from the beginning, and updated after each
 * write the broker acknowledged. Also the subject read endpoint and the per-request access decision (a site sees
 * only its own subjects).
 */
package org.trialstream.sitecapture.subject;
