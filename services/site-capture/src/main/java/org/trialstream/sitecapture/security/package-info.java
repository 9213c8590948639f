/**
 * Who may do what: users in roles SITE (bound to one trial and site), MONITOR, SPONSOR and DMC, authenticated by
 * HTTP Basic against local dev users or by JWT bearer tokens (SECURITY_MODE=jwt). The authenticated
 * {@link org.trialstream.sitecapture.security.Actor} is resolved on the server and stamped on every event.
 */
package org.trialstream.sitecapture.security;
