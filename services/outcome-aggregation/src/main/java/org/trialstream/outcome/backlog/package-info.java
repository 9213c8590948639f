/**
 * How far this instance is behind the topics, so that a report read while the aggregates are rebuilt says so (the reports carry it in a header).
 */
package org.trialstream.outcome.backlog;
