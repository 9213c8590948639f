/**
 * Freshness as a sponsor or the DMC feels it: from a visit's 2xx at the site to the visit being counted in
 * outcome-aggregation's REST API.
 */
package org.trialstream.benchmark.freshness;
