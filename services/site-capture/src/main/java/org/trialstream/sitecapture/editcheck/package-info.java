/**
 * Edit checks as values: each failed check is a {@link org.trialstream.sitecapture.editcheck.Violation} with the
 * field path and a rule id, collected so that one response names every failure (RFC 9457 problem details).
 * Plain Java, no framework imports.
 */
package org.trialstream.sitecapture.editcheck;
