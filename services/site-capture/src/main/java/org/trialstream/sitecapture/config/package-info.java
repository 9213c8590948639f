/**
 * Wiring: typed settings, the capture topics this service declares, and the trial protocols bean.
 */
package org.trialstream.sitecapture.config;
