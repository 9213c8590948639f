/**
 * Configuration: typed settings of the service, the shared beans (protocols, clock, alert book), Kafka error
 * handling (one error handler that dead-letters poison pills as raw bytes) and HTTP security (monitors and sponsor
 * safety staff only).
 */
package org.trialstream.adverseevent.config;
