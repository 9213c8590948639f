package org.trialstream.benchmark.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The local platform's dev users (README: passwords equal the names) that the benchmark acts as: site users of
 * LEGEND-1 at US-01 (load) and US-02 (freshness probes, so that they do not share a site with the load), the
 * monitor who sees every trial's alerts, and the DMC who reads the closed, unsuppressed outcome report.
 */
public final class LocalUsers {

	public static final String TRIAL = "LEGEND-1";

	public static final String LOAD_SITE_USER = "site-us01";

	public static final String PROBE_SITE_USER = "site-us02";

	public static final String MONITOR = "monitor";

	public static final String DMC = "dmc";

	private LocalUsers() {
	}

	public static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

}
