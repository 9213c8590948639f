/**
 * The monitors' side: the REST API (alerts sorted by the nearest clock, acknowledgements), the Server-Sent Events
 * stream per monitor with Last-Event-ID replay, and the monitor console (static page under /console/). Each user
 * sees only the trials they monitor.
 */
package org.trialstream.adverseevent.console;
