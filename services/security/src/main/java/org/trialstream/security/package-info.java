/**
 * Production sign-in (SECURITY_MODE=jwt) shared by site-capture, adverse-event and outcome-aggregation: the services
 * are OAuth2 resource servers; a token's issuer and signature are checked against the identity provider's keys, and
 * the platform's role and trials come from its claims. Browsers reach the pages through an authenticating proxy
 * that forwards the user's bearer token (deploy/README.md).
 */
package org.trialstream.security;
