/**
 * Alert latency as a safety monitor feels it: a site's POST of a serious adverse event to site-capture, timed from
 * its intended send to the alert's arrival on each connected Server-Sent Events client of adverse-event, under a
 * background of visits.
 */
package org.trialstream.benchmark.alert;
