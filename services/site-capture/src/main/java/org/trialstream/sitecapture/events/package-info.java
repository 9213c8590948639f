/**
 * The Avro edge: the model mapped to the capture event contracts and back, and the publisher that answers only after
 * the broker acknowledged (acks=all, idempotent producer). Writes capture.subject-enrolled.v1,
 * capture.visit-recorded.v1, capture.visit-corrected.v1, capture.protocol-deviation-recorded.v1,
 * capture.adverse-event-reported.v1 and capture.adverse-event-updated.v1, keyed trialId:subjectId; reads visits back
 * from capture.visit-recorded.v1 and capture.visit-corrected.v1 by position.
 */
package org.trialstream.sitecapture.events;
