/**
 * The sponsor dashboard: a static page (src/main/resources/static/dashboard: HTML, CSS and JavaScript drawing its
 * own SVG charts, no CDN, no build step) that polls the outcome API every 2 s and shows what the signed-in user may
 * see: pooled while blinded for sponsors, by arm for the DMC and after unblinding.
 */
package org.trialstream.outcome.dashboard;
