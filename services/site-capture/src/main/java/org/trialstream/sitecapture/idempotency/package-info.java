/**
 * Idempotency-Key on every write: a repeat with the same key and the same request gets the first response (same
 * status and body) and writes nothing; the same key with another request is 422. Replies are kept in memory for a
 * bounded time and number (see README).
 */
package org.trialstream.sitecapture.idempotency;
