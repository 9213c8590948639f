package org.trialstream.testkit;

import java.time.Duration;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same broker and registry from images, for machines with Docker: {@code apache/kafka} (KRaft) and
 * {@code apicurio/apicurio-registry}, pinned to the versions the platform runs. Started once per JVM.
 */
public final class ContainerPlatform implements RunningPlatform {

	public static final String KAFKA_IMAGE = "apache/kafka:4.2.1";

	public static final String REGISTRY_IMAGE = "apicurio/apicurio-registry:3.3.3";

	private static ContainerPlatform instance;

	private final KafkaContainer kafka;

	private final GenericContainer<?> registry;

	private ContainerPlatform(KafkaContainer kafka, GenericContainer<?> registry) {
		this.kafka = kafka;
		this.registry = registry;
	}

	public static synchronized ContainerPlatform get() {
		if (instance == null) {
			KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
			GenericContainer<?> registry = new GenericContainer<>(REGISTRY_IMAGE).withExposedPorts(8080)
				.withEnv("APICURIO_RULES_GLOBAL_COMPATIBILITY", PlatformSetup.GLOBAL_COMPATIBILITY)
				.waitingFor(Wait.forHttp("/apis/registry/v3/system/info").forStatusCode(200))
				.withStartupTimeout(Duration.ofMinutes(2));
			kafka.start();
			registry.start();
			instance = new ContainerPlatform(kafka, registry);
			PlatformSetup.run(instance, 3);
		}
		return instance;
	}

	@Override
	public String bootstrapServers() {
		return kafka.getBootstrapServers();
	}

	@Override
	public String registryBaseUrl() {
		return "http://" + registry.getHost() + ":" + registry.getMappedPort(8080);
	}

}
