package org.trialstream.benchmark.platform;

/** How the launcher runs the services, so that the benchmark runs its own instances alike and says so. */
public final class LauncherSettings {

	/** The services' maximum heap, as the launcher's SERVICE_HEAP sets it. */
	public static final String SERVICE_HEAP = System.getenv().getOrDefault("SERVICE_HEAP", "128m");

	private LauncherSettings() {
	}

}
