package org.trialstream.testkit;

import java.util.Map;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real KRaft broker (spring-kafka-test's embedded broker) and one real Apicurio Registry process per test JVM,
 * shared by every test class in it, with the platform's topics and schemas in place. Started on first use.
 */
public final class SharedPlatform implements RunningPlatform {

	/** Partitions per topic in tests: enough to exercise keying, few enough to start fast. */
	private static final int TEST_PARTITIONS = 3;

	private static SharedPlatform instance;

	private final EmbeddedKafkaKraftBroker broker;

	private final RegistryProcess registry;

	private SharedPlatform(EmbeddedKafkaKraftBroker broker, RegistryProcess registry) {
		this.broker = broker;
		this.registry = registry;
	}

	public static synchronized SharedPlatform get() {
		if (instance == null) {
			instance = start();
		}
		return instance;
	}

	private static SharedPlatform start() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, TEST_PARTITIONS);
		broker.brokerProperties(Map.of("auto.create.topics.enable", "false", "group.initial.rebalance.delay.ms", "0",
				"offsets.topic.replication.factor", "1", "transaction.state.log.replication.factor", "1",
				"transaction.state.log.min.isr", "1"));
		broker.afterPropertiesSet();
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "stop-embedded-kafka"));
		RegistryProcess registry = RegistryProcess.start(TestkitPaths.apicurioHome(), FreePorts.next(), FreePorts.next(),
				TestkitPaths.home().resolve("logs/test-registry-" + ProcessHandle.current().pid() + ".log"));
		SharedPlatform platform = new SharedPlatform(broker, registry);
		PlatformSetup.run(platform, TEST_PARTITIONS);
		return platform;
	}

	@Override
	public String bootstrapServers() {
		return broker.getBrokersAsString();
	}

	@Override
	public String registryBaseUrl() {
		return registry.baseUrl();
	}

}
