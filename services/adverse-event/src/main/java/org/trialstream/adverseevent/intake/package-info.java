/**
 * Intake: Kafka listeners on the capture topics that map Avro events to the domain records of
 * {@code assessment} and hand them to the safety desk. Poison pills never reach them (the error handler
 * dead-letters them); duplicates are recognised by eventId in the alert book.
 */
package org.trialstream.adverseevent.intake;
