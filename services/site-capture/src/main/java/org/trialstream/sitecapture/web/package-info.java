/**
 * The HTTP edge shared by the features: errors as RFC 9457 problem details (never a 5xx for bad input), the request
 * body size limit (413), back-pressure on writes (429 with Retry-After when at capacity), and the wiring of the
 * authenticated actor into controllers.
 */
package org.trialstream.sitecapture.web;
