/**
 * Optional delivery of every alert change to a sponsor's safety system over HTTP (a webhook), retried with
 * exponential back-off and carrying the safety event's id as Idempotency-Key, so a retry is never a second alert.
 */
package org.trialstream.adverseevent.delivery;
