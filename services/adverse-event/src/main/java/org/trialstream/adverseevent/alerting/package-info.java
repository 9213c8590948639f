/**
 * Alerts: one per safety signal, updated by follow-ups, acknowledged by monitors and escalated when nobody does.
 * The alert book (current state, rebuilt from the safety topics on start-up) and the decisions are plain Java; the
 * publisher writes the safety events and waits for the broker's acknowledgement before the book and the monitors'
 * streams see them.
 */
package org.trialstream.adverseevent.alerting;
