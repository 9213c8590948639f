/**
 * What has yet to reach this instance's reports (events not read, subjects not summarised), so that a report read
 * while the aggregates are rebuilt says so: the report API sends it in two headers, the dashboard shows it.
 */
package org.trialstream.outcome.backlog;
