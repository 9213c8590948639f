package org.trialstream.testkit;

/** Where a running broker and registry answer, whoever started them (this JVM, the launcher or containers). */
public interface RunningPlatform {

	String bootstrapServers();

	/** Base address of the registry, e.g. {@code http://127.0.0.1:8081}. */
	String registryBaseUrl();

	/** Apicurio's native v3 API, which the serdes speak. */
	default String registryApiUrl() {
		return registryBaseUrl() + "/apis/registry/v3";
	}

	/** The Confluent-compatible API. */
	default String ccompatUrl() {
		return registryBaseUrl() + "/apis/ccompat/v7";
	}

	default RegistryClient registry() {
		return new RegistryClient(registryBaseUrl());
	}

}
