package org.trialstream.testkit;

import org.testcontainers.junit.jupiter.Testcontainers;

/** The platform contract on the {@code apache/kafka} and {@code apicurio/apicurio-registry} images; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class PlatformContractIT extends PlatformContractScenarios {

	@Override
	RunningPlatform platform() {
		return ContainerPlatform.get();
	}

}
