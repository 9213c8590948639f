package org.trialstream.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three services on Kubernetes: probes on actuator, the port and variables their application.yml reads, a
 * memory budget, a Service and an autoscaler each, and Kafka credentials of their own.
 */
class KubernetesServiceTests {

	private final KubernetesManifests manifests = KubernetesManifests.load();

	@Test
	void probesAskActuatorForLivenessAndReadinessOnTheServicePort() {
		// Given the port each application.yml defaults to; then the container exposes it and both probes use it
		for (ServiceConfiguration configuration : ServiceConfiguration.all()) {
			JsonNode container = KubernetesManifests.container(manifests.workload(configuration.service()));
			assertThat(container.path("ports").get(0).path("containerPort").asInt()).as(configuration.service())
				.isEqualTo(configuration.port());
			String portName = container.path("ports").get(0).path("name").asString();
			assertThat(container.path("readinessProbe").path("httpGet").path("path").asString())
				.isEqualTo("/actuator/health/readiness");
			assertThat(container.path("livenessProbe").path("httpGet").path("path").asString())
				.isEqualTo("/actuator/health/liveness");
			assertThat(container.path("readinessProbe").path("httpGet").path("port").asString()).isEqualTo(portName);
			assertThat(container.path("livenessProbe").path("httpGet").path("port").asString()).isEqualTo(portName);
		}
	}

	@Test
	void servicesGetOnlyVariablesTheirConfigurationReads() {
		for (ServiceConfiguration configuration : ServiceConfiguration.all()) {
			JsonNode container = KubernetesManifests.container(manifests.workload(configuration.service()));
			Map<String, String> environment = environment(container);
			assertThat(EnvironmentContract.unread(configuration, environment)).as(configuration.service()).isEmpty();
			assertThat(environment).as(configuration.service())
				.containsEntry(configuration.portVariable(), String.valueOf(configuration.port()))
				.containsEntry("BIND_ADDRESS", "0.0.0.0")
				.containsEntry("REGISTRY_URL", "http://registry:8080/apis/registry/v3");
		}
	}

	@Test
	void siteCaptureDeclaresCaptureTopicsExactlyAsTheKafkaTopicsDo() {
		// Given the capture topics as Strimzi resources; then site-capture's own declaration of them agrees
		JsonNode topic = manifests.get("KafkaTopic", "capture.visit-recorded.v1").path("spec");
		Map<String, String> environment = environment(
				KubernetesManifests.container(manifests.workload("site-capture")));
		assertThat(environment).containsEntry("CAPTURE_TOPIC_PARTITIONS", topic.path("partitions").asString())
			.containsEntry("CAPTURE_TOPIC_MIN_ISR", topic.path("config").path("min.insync.replicas").asString());
	}

	@Test
	void kafkaClientSettingsNameRealKafkaConfigurations() {
		// A misspelt pass-through setting would be ignored by the client with only a warning in its log.
		assertThat(EnvironmentContract.isKafkaClientSetting("SASL_JAAS_CONFIG")).isTrue();
		assertThat(EnvironmentContract.isKafkaClientSetting("SASL_JASS_CONFIG")).isFalse();
		JsonNode registry = KubernetesManifests.container(manifests.get("Deployment", "registry"));
		environment(registry).keySet()
			.stream()
			.filter(name -> name.startsWith("APICURIO_KAFKA_COMMON_"))
			.forEach(name -> assertThat(EnvironmentContract.isKafkaClientSetting(
					name.substring("APICURIO_KAFKA_COMMON_".length()))).as(name).isTrue());
	}

	@Test
	void extraTrialProtocolsComeFromAMountedFolderTheProtocolModuleReads() {
		assertThat(EnvironmentContract.protocolModuleVariables()).contains("TRIALS_DIR");
		for (ServiceConfiguration configuration : ServiceConfiguration.all()) {
			JsonNode container = KubernetesManifests.container(manifests.workload(configuration.service()));
			String dir = environment(container).get("TRIALS_DIR");
			assertThat(container.path("volumeMounts").findValuesAsString("mountPath")).as(configuration.service())
				.contains(dir);
		}
	}

	@Test
	void servicesStayWithinTheirMemoryBudget() {
		for (ServiceConfiguration configuration : ServiceConfiguration.all()) {
			JsonNode container = KubernetesManifests.container(manifests.workload(configuration.service()));
			JsonNode resources = container.path("resources");
			assertThat(Memory.bytes(resources.path("limits").path("memory").asString())).as(configuration.service())
				.isLessThanOrEqualTo(Memory.bytes("512Mi"));
			assertThat(resources.path("requests").path("cpu").isMissingNode()).as("cpu request, which the autoscaler needs")
				.isFalse();
			assertThat(Memory.maxHeap(environment(container).get("JAVA_TOOL_OPTIONS"))).as(configuration.service())
				.isLessThanOrEqualTo(Memory.bytes("256m"));
		}
	}

	@Test
	void everyServiceHasAServiceOnItsPortAndAnAutoscalerOnItsWorkload() {
		for (ServiceConfiguration configuration : ServiceConfiguration.all()) {
			JsonNode workload = manifests.workload(configuration.service());
			JsonNode service = manifests.get("Service", configuration.service());
			assertThat(service.path("spec").path("ports").get(0).path("port").asInt())
				.isEqualTo(configuration.port());
			assertThat(service.path("spec").path("selector"))
				.isEqualTo(workload.path("spec").path("selector").path("matchLabels"));
			JsonNode target = manifests.get("HorizontalPodAutoscaler", configuration.service())
				.path("spec")
				.path("scaleTargetRef");
			assertThat(target.path("kind").asString()).isEqualTo(workload.path("kind").asString());
			assertThat(target.path("name").asString()).isEqualTo(configuration.service());
		}
	}

	@Test
	void everyWorkloadRunningMoreThanOneReplicaKeepsOneUpThroughDrains() {
		var replicated = manifests.documents().stream()
			.filter(doc -> doc.path("kind").asString().matches("Deployment|StatefulSet"))
			.filter(doc -> doc.path("spec").path("replicas").asInt(1) > 1)
			.toList();
		assertThat(replicated).isNotEmpty();
		for (JsonNode workload : replicated) {
			JsonNode budget = manifests.get("PodDisruptionBudget", KubernetesManifests.name(workload)).path("spec");
			assertThat(budget.path("selector")).isEqualTo(workload.path("spec").path("selector"));
			assertThat(budget.path("maxUnavailable").asInt()).isEqualTo(1);
		}
	}

	@Test
	void consumersNeverScaleBeyondThePartitionsTheyShare() {
		// Given the partitions of the capture topics: replicas of one consumer group (or Streams application)
		// beyond that count would sit idle, so no autoscaler may go there

		int capturePartitions = manifests.get("KafkaTopic", "capture.visit-recorded.v1").path("spec").path("partitions")
			.asInt();
		for (String consumer : new String[] { "adverse-event", "outcome-aggregation" }) {
			assertThat(manifests.get("HorizontalPodAutoscaler", consumer).path("spec").path("maxReplicas").asInt())
				.as(consumer)
				.isLessThanOrEqualTo(capturePartitions);
		}
	}

	@Test
	void servicesAuthenticateToKafkaAsTheirOwnUserOverTls() {
		for (ServiceConfiguration configuration : ServiceConfiguration.all()) {
			JsonNode container = KubernetesManifests.container(manifests.workload(configuration.service()));
			JsonNode jaas = KubernetesManifests.env(container, "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
			assertThat(jaas.path("valueFrom").path("secretKeyRef").path("name").asString())
				.isEqualTo(configuration.service());
			assertThat(manifests.find("KafkaUser", configuration.service())).isPresent();
			assertThat(environment(container)).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
				.containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
				.containsEntry("KAFKA_BOOTSTRAP_SERVERS", "trialstream-kafka-bootstrap:9093");
		}
	}

	@Test
	void outcomeAggregationPublishesAStableAddressForInteractiveQueries() {
		// Given the Streams service as a StatefulSet behind a headless Service
		JsonNode statefulSet = manifests.get("StatefulSet", "outcome-aggregation");
		String headless = statefulSet.path("spec").path("serviceName").asString();
		assertThat(manifests.get("Service", headless).path("spec").path("clusterIP").asString()).isEqualTo("None");
		// Then each pod advertises its own stable DNS name and keeps its state on its own volume
		Map<String, String> environment = environment(KubernetesManifests.container(statefulSet));
		assertThat(environment.get("OUTCOME_ADVERTISED_HOST")).startsWith("$(POD_NAME)." + headless + ".");
		assertThat(statefulSet.path("spec").path("volumeClaimTemplates").get(0).path("metadata").path("name")
			.asString()).isEqualTo("streams-state");
		assertThat(environment.get("OUTCOME_STATE_DIR")).isEqualTo("/var/lib/trialstream/streams");
	}

	@Test
	void registryRunsOnKafkaStorageWithTheBackwardTransitiveRule() {
		Map<String, String> environment = environment(
				KubernetesManifests.container(manifests.get("Deployment", "registry")));
		assertThat(environment).containsEntry("APICURIO_STORAGE_KIND", "kafkasql")
			.containsEntry("APICURIO_RULES_GLOBAL_COMPATIBILITY", "BACKWARD_TRANSITIVE")
			.containsEntry("APICURIO_KAFKA_COMMON_SASL_MECHANISM", "SCRAM-SHA-512");
		JsonNode job = KubernetesManifests.container(manifests.get("Job", "register-schemas"));
		assertThat(ComposeTests.strings(job.path("args"))).containsExactly(
				org.trialstream.deploy.schemas.SchemaRegistration.class.getName(), "http://registry:8080");
	}

	/** A container's env as name to literal value; values from secrets and fields are recorded as empty. */
	static Map<String, String> environment(JsonNode container) {
		Map<String, String> environment = new LinkedHashMap<>();
		for (JsonNode entry : container.path("env")) {
			environment.put(entry.path("name").asString(), entry.path("value").asString(""));
		}
		return environment;
	}

}
