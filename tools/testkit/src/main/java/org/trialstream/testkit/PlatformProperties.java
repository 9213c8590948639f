package org.trialstream.testkit;

import java.util.Map;

/**
 * The variables every service reads its broker and registry from ({@code ${KAFKA_BOOTSTRAP_SERVERS}},
 * {@code ${REGISTRY_URL}} in each {@code application.yml}); the launcher sets them as environment, tests as properties.
 */
public final class PlatformProperties {

	public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";

	public static final String REGISTRY_URL = "REGISTRY_URL";

	private PlatformProperties() {
	}

	public static Map<String, Object> of(RunningPlatform platform) {
		return Map.of(KAFKA_BOOTSTRAP_SERVERS, platform.bootstrapServers(), REGISTRY_URL, platform.registryApiUrl());
	}

}
