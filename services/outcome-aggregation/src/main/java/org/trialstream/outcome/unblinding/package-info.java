/**
 * Unblinding a trial: a DMC member (or an administrator) records it with a reason; the event on
 * outcome.trial-unblinded.v1 is the audit record, and the topology opens the by-arm report to sponsors from then on.
 */
package org.trialstream.outcome.unblinding;
