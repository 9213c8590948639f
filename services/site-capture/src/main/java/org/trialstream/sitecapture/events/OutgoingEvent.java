package org.trialstream.sitecapture.events;

import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;

/** One Avro event to write: its topic, key (trialId:subjectId), eventId and value. */
public record OutgoingEvent(String topic, String key, UUID eventId, SpecificRecord value) {
}
