package org.trialstream.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every manifest parses, is listed by the kustomization, and is a named Kubernetes object. */
class ManifestParsingTests {

	private final KubernetesManifests manifests = KubernetesManifests.load();

	@Test
	void kustomizationListsEveryManifestFileAndNothingElse() throws IOException {
		Path dir = ProjectFiles.kubernetes();
		List<Path> onDisk;
		try (Stream<Path> files = Files.walk(dir)) {
			onDisk = files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
				.filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
				.sorted()
				.toList();
		}
		assertThat(onDisk).isNotEmpty();
		assertThat(manifests.files()).containsExactlyInAnyOrderElementsOf(onDisk);
	}

	@Test
	void everyDocumentIsANamedKubernetesObject() {
		assertThat(manifests.documents()).hasSizeGreaterThan(20);
		for (JsonNode document : manifests.documents()) {
			assertThat(document.path("apiVersion").asString()).as(document.toString()).isNotBlank();
			assertThat(document.path("kind").asString()).as(document.toString()).isNotBlank();
			assertThat(KubernetesManifests.name(document)).as(document.toString()).matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
		}
	}

	@Test
	void noTwoObjectsOfOneKindShareAName() {
		assertThat(manifests.documents().stream().map(doc -> doc.path("kind").asString() + "/" + KubernetesManifests.name(doc)))
			.doesNotHaveDuplicates();
	}

	@Test
	void everythingLandsInTheTrialstreamNamespace() {
		assertThat(manifests.kustomization().path("namespace").asString()).isEqualTo("trialstream");
		assertThat(manifests.get("Namespace", "trialstream")).isNotNull();
	}

	@Test
	void strimziResourcesUseTheV1Api() {
		for (String kind : List.of("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser")) {
			assertThat(manifests.ofKind(kind)).as(kind).isNotEmpty()
				.allSatisfy(doc -> assertThat(doc.path("apiVersion").asString()).isEqualTo("kafka.strimzi.io/v1"));
		}
	}

	@Test
	void composeFileParsesAsOneDocumentWithServicesAndVolumes() {
		JsonNode compose = YamlDocuments.readOne(ProjectFiles.compose());
		assertThat(compose.path("services").size()).isGreaterThanOrEqualTo(8);
		assertThat(compose.path("volumes").propertyNames()).contains("kafka-data", "streams-state");
	}

}
