/**
 * End-to-end: the three services as separate processes from their built jars, against the JVM's real broker and
 * registry, driven as users drive them: a site over HTTP, a monitor on the alert stream, a sponsor in a browser.
 */
package org.trialstream.e2e;
