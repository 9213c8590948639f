package org.trialstream.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.trialstream.testkit.PlatformSetup;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docker-compose.yml starts the same platform as the launcher: every container proves its health, start-up order
 * waits on health or completion, and the services get exactly the variables their application.yml reads.
 */
class ComposeTests {

	private final JsonNode compose = YamlDocuments.readOne(ProjectFiles.compose());

	private final JsonNode services = compose.path("services");

	@Test
	void startsBrokerRegistrySetupServicesSimulatorAndUi() {
		assertThat(services.propertyNames()).contains("kafka", "registry", "platform-setup", "site-capture",
				"adverse-event", "outcome-aggregation", "site-simulator", "kafka-ui");
	}

	@Test
	void everyLongRunningServiceHasAHealthcheck() {
		// Given the services that keep running (one-shot jobs exit and are awaited for completion instead)
		List<String> withoutHealthcheck = new ArrayList<>();
		for (String name : services.propertyNames()) {
			JsonNode service = services.path(name);
			JsonNode test = service.path("healthcheck").path("test");
			// Then each has a real test command, not `disable` or NONE
			boolean real = test.isArray() && test.size() >= 2 && !"NONE".equals(test.get(0).asString())
					|| test.isString() && !test.asString().isBlank();
			if (!real && !isOneShot(name)) {
				withoutHealthcheck.add(name);
			}
		}
		assertThat(withoutHealthcheck).isEmpty();
	}

	@Test
	void oneShotSetupIsAwaitedUntilItCompletedSuccessfully() {
		assertThat(services.path("platform-setup").path("restart").asString()).isEqualTo("no");
		for (ServiceConfiguration service : ServiceConfiguration.all()) {
			assertThat(services.path(service.service()).path("depends_on").path("platform-setup").path("condition")
				.asString()).as(service.service()).isEqualTo("service_completed_successfully");
		}
	}

	@Test
	void everyDependencyWaitsForHealthOrCompletion() {
		List<String> unconditional = new ArrayList<>();
		for (String name : services.propertyNames()) {
			JsonNode dependsOn = services.path(name).path("depends_on");
			assertThat(dependsOn.isArray()).as("%s uses the short depends_on form, which waits for nothing", name)
				.isFalse();
			for (String dependency : dependsOn.propertyNames()) {
				String condition = dependsOn.path(dependency).path("condition").asString();
				if (!condition.equals("service_healthy") && !condition.equals("service_completed_successfully")) {
					unconditional.add(name + " -> " + dependency + " (" + condition + ")");
				}
				else if (condition.equals("service_healthy")) {
					assertThat(services.path(dependency).has("healthcheck")).as(dependency).isTrue();
				}
			}
		}
		assertThat(unconditional).isEmpty();
	}

	@Test
	void servicesGetOnlyVariablesTheirConfigurationReads() {
		// Given each service's application.yml placeholders; then every variable compose sets is one of them
		for (ServiceConfiguration configuration : ServiceConfiguration.all()) {
			Map<String, String> environment = environment(services.path(configuration.service()));
			assertThat(environment).as(configuration.service()).isNotEmpty();
			assertThat(EnvironmentContract.unread(configuration, environment)).as(configuration.service()).isEmpty();
		}
	}

	@Test
	void servicesListenOnAllInterfacesOnTheirConfiguredPortAndReportReadiness() {
		// Given the port each application.yml defaults to
		for (ServiceConfiguration configuration : ServiceConfiguration.all()) {
			JsonNode service = services.path(configuration.service());
			Map<String, String> environment = environment(service);
			String port = String.valueOf(configuration.port());
			// Then the container listens there on all interfaces, publishes it and probes readiness on it
			assertThat(environment).as(configuration.service())
				.containsEntry("BIND_ADDRESS", "0.0.0.0")
				.containsEntry(configuration.portVariable(), port)
				.containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
				.containsEntry("REGISTRY_URL", "http://registry:8080/apis/registry/v3");
			assertThat(service.path("ports").get(0).asString()).endsWith(":" + port);
			assertThat(String.join(" ", strings(service.path("healthcheck").path("test"))))
				.contains("http://127.0.0.1:" + port + "/actuator/health/readiness");
		}
	}

	@Test
	void servicesStayWithinTheirMemoryBudget() {
		for (ServiceConfiguration configuration : ServiceConfiguration.all()) {
			JsonNode service = services.path(configuration.service());
			assertThat(Memory.bytes(service.path("deploy").path("resources").path("limits").path("memory").asString()))
				.as(configuration.service()).isLessThanOrEqualTo(Memory.bytes("512Mi"));
			assertThat(Memory.maxHeap(environment(service).get("JAVA_TOOL_OPTIONS"))).as(configuration.service())
				.isLessThanOrEqualTo(Memory.bytes("256m"));
		}
	}

	@Test
	void registryKeepsItsSchemasInKafkaWithTheBackwardTransitiveRule() {
		Map<String, String> environment = environment(services.path("registry"));
		assertThat(environment).containsEntry("APICURIO_STORAGE_KIND", "kafkasql")
			.containsEntry("APICURIO_KAFKASQL_BOOTSTRAP_SERVERS", "kafka:9092")
			.containsEntry("APICURIO_RULES_GLOBAL_COMPATIBILITY", PlatformSetup.GLOBAL_COMPATIBILITY);
		assertThat(String.join(" ", strings(services.path("registry").path("healthcheck").path("test"))))
			.contains("/apis/registry/v3/system/info");
	}

	@Test
	void platformSetupRunsTheLaunchersSetupAgainstTheComposeBrokerAndRegistry() {
		assertThat(strings(services.path("platform-setup").path("command"))).containsExactly(
				PlatformSetup.class.getName(), "kafka:9092", "http://registry:8080", "6");
		assertThat(services.path("platform-setup").path("depends_on").propertyNames()).contains("kafka", "registry");
		// site-capture declares the capture topics too (existing ones are left alone): with the same partitions
		assertThat(environment(services.path("site-capture"))).containsEntry("CAPTURE_TOPIC_PARTITIONS", "6");
	}

	@Test
	void kafkaUiReadsAvroThroughTheRegistrysConfluentCompatibleApiInItsOwnProfile() {
		JsonNode ui = services.path("kafka-ui");
		assertThat(strings(ui.path("profiles"))).containsExactly("ui");
		assertThat(environment(ui)).containsEntry("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS", "kafka:9092")
			.containsEntry("KAFKA_CLUSTERS_0_SCHEMAREGISTRY", "http://registry:8080/apis/ccompat/v7");
	}

	@Test
	void simulatorDrivesSiteCaptureOverHttpInItsOwnProfile() {
		JsonNode simulator = services.path("site-simulator");
		assertThat(strings(simulator.path("profiles"))).containsExactly("sim");
		ServiceConfiguration siteCapture = ServiceConfiguration.of("site-capture");
		assertThat(environment(simulator)).containsEntry("SITE_CAPTURE_URL",
				"http://site-capture:" + siteCapture.port());
		assertThat(simulator.path("depends_on").path("site-capture").path("condition").asString())
			.isEqualTo("service_healthy");
	}

	@Test
	void simulatorVariablesAndOptionsAreOnesTheSimulatorReads() throws IOException {
		Path sources = ProjectFiles.root().resolve("tools/site-simulator/src/main/java");
		assumeTrue(Files.isDirectory(sources), "tools/site-simulator is not in this tree yet");
		String code;
		try (Stream<Path> files = Files.walk(sources)) {
			code = files.filter(file -> file.toString().endsWith(".java")).map(ComposeTests::read)
				.collect(Collectors.joining("\n"));
		}
		JsonNode simulator = services.path("site-simulator");
		for (String variable : environment(simulator).keySet()) {
			assertThat(code).as(variable).contains("\"" + variable + "\"");
		}
		for (String argument : strings(simulator.path("command"))) {
			assertThat(code).as(argument).contains(argument.substring(0, argument.indexOf('=') + 1));
		}
	}

	static Map<String, String> environment(JsonNode service) {
		Map<String, String> environment = new LinkedHashMap<>();
		JsonNode env = service.path("environment");
		if (env.isArray()) {
			for (JsonNode entry : env) {
				String[] pair = entry.asString().split("=", 2);
				environment.put(pair[0], pair.length > 1 ? pair[1] : "");
			}
		}
		else {
			for (String name : env.propertyNames()) {
				environment.put(name, env.path(name).asString());
			}
		}
		return environment;
	}

	static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean isOneShot(String name) {
		JsonNode service = services.path(name);
		if (!"no".equals(service.path("restart").asString())) {
			return false;
		}
		for (String other : services.propertyNames()) {
			if ("service_completed_successfully"
				.equals(services.path(other).path("depends_on").path(name).path("condition").asString())) {
				return true;
			}
		}
		return false;
	}

}
