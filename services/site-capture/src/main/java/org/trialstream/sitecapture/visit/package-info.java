/**
 * Visits: recording (one or a batch), edit checks, visit windows and protocol deviations, and corrections with a
 * reason and field-level changes. Writes capture.visit-recorded.v1, capture.protocol-deviation-recorded.v1 and
 * capture.visit-corrected.v1.
 */
package org.trialstream.sitecapture.visit;
