package org.trialstream.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.trialstream.avro.TopicCatalog;

/**
 * Makes a running broker and registry ready for the platform: the registry's global BACKWARD_TRANSITIVE rule, every
 * topic of the catalogue, and every value schema registered under {@code <topic>-value}. Idempotent, so the launcher
 * runs it on every {@code up} and the test kit once per JVM.
 */
public final class PlatformSetup {

	public static final String GLOBAL_COMPATIBILITY = "BACKWARD_TRANSITIVE";

	private PlatformSetup() {
	}

	/** What the setup did: topics created and the registry id of each value subject. */
	public record Result(List<String> createdTopics, Map<String, Integer> schemaIds) {
	}

	public static Result run(RunningPlatform platform, int partitions) {
		RegistryClient registry = platform.registry();
		registry.setGlobalCompatibility(GLOBAL_COMPATIBILITY);
		List<String> created;
		Properties adminConfig = new Properties();
		adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
		try (Admin admin = Admin.create(adminConfig)) {
			created = new TopicProvisioner(admin, partitions).createMissingTopics();
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw new IllegalStateException("Could not create the topics on " + platform.bootstrapServers(), ex);
		}
		Map<String, Integer> ids = new LinkedHashMap<>();
		for (TopicCatalog.Entry entry : TopicCatalog.ENTRIES) {
			ids.put(entry.valueSubject(), registry.registerOrFail(entry.valueSubject(), entry.valueSchema().toString()));
		}
		return new Result(created, ids);
	}

	/** {@code PlatformSetup <bootstrap-servers> <registry-base-url> [partitions]}, as the launcher calls it. */
	public static void main(String[] args) {
		if (args.length < 2) {
			System.err.println("usage: PlatformSetup <bootstrap-servers> <registry-base-url> [partitions]");
			System.exit(2);
		}
		RunningPlatform platform = new ExternalPlatform(args[0], args[1]);
		int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 6;
		try {
			Result result = run(platform, partitions);
			System.out.printf("topics created: %d, schemas registered: %d, global rule: %s%n",
					result.createdTopics().size(), result.schemaIds().size(), GLOBAL_COMPATIBILITY);
		}
		catch (RuntimeException ex) {
			System.err.println("platform setup failed: " + ex.getMessage());
			System.exit(1);
		}
	}

	/** A broker and registry someone else started, e.g. the launcher. */
	public record ExternalPlatform(String bootstrapServers, String registryBaseUrl) implements RunningPlatform {
	}

}
