/**
 * The clinical content as sites send it and the platform keeps it: plain records and enums with no framework or
 * Avro types, shared by the enrolment, visit and adverse-event features. Values are boxed so that a missing value
 * reaches the edit checks (and is named there) instead of failing deserialisation.
 */
package org.trialstream.sitecapture.model;
