package org.trialstream.deploy.schemas;

import java.util.LinkedHashMap;
import java.util.Map;

import org.trialstream.avro.TopicCatalog;
import org.trialstream.testkit.PlatformSetup;
import org.trialstream.testkit.RegistryClient;

/**
 * Sets the registry's global BACKWARD_TRANSITIVE rule and registers every value schema of the catalogue under
 * {@code <topic>-value}, exactly as the launcher's platform setup does, but without touching the broker: on
 * Kubernetes the topics are Strimzi resources and the broker only admits authenticated clients. Idempotent: the
 * same schema again answers the same id. Writes no topic.
 */
public final class SchemaRegistration {

	private SchemaRegistration() {
	}

	/** Returns the registry id of every value subject. */
	public static Map<String, Integer> run(String registryBaseUrl) {
		RegistryClient registry = new RegistryClient(registryBaseUrl);
		registry.setGlobalCompatibility(PlatformSetup.GLOBAL_COMPATIBILITY);
		Map<String, Integer> ids = new LinkedHashMap<>();
		for (TopicCatalog.Entry entry : TopicCatalog.ENTRIES) {
			ids.put(entry.valueSubject(), registry.registerOrFail(entry.valueSubject(), entry.valueSchema().toString()));
		}
		return ids;
	}

	/** {@code SchemaRegistration <registry-base-url>}, e.g. {@code http://registry:8080}. */
	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("usage: SchemaRegistration <registry-base-url>");
			System.exit(2);
		}
		try {
			Map<String, Integer> ids = run(args[0]);
			System.out.printf("schemas registered: %d, global rule: %s%n", ids.size(), PlatformSetup.GLOBAL_COMPATIBILITY);
		}
		catch (RuntimeException ex) {
			System.err.println("schema registration failed: " + ex.getMessage());
			System.exit(1);
		}
	}

}
