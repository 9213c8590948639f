package org.trialstream.testkit;

/** The platform contract on the shared real broker and real Apicurio process of this JVM. */
class PlatformContractTests extends PlatformContractScenarios {

	@Override
	RunningPlatform platform() {
		return SharedPlatform.get();
	}

}
