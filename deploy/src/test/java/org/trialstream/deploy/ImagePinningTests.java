package org.trialstream.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every image the deployments pull or build on is pinned: a release tag or a digest, never latest or no tag. */
class ImagePinningTests {

	@Test
	void pinnedMeansAReleaseTagOrADigest() {
		assertThat(ImageReference.parse("apache/kafka:4.2.1").isPinned()).isTrue();
		assertThat(ImageReference.parse("localhost:5000/trialstream/site-capture:0.1.0").isPinned()).isTrue();
		assertThat(ImageReference.parse("eclipse-temurin@sha256:0123abcd").isPinned()).isTrue();
		assertThat(ImageReference.parse("apache/kafka").isPinned()).isFalse();
		assertThat(ImageReference.parse("apache/kafka:latest").isPinned()).isFalse();
		assertThat(ImageReference.parse("localhost:5000/trialstream/site-capture").isPinned()).isFalse();
		assertThat(ImageReference.parse("ghcr.io/kafbat/kafka-ui:${TAG}").isPinned()).isFalse();
	}

	@Test
	void everyComposeImageIsPinned() {
		JsonNode services = YamlDocuments.readOne(ProjectFiles.compose()).path("services");
		List<String> images = new ArrayList<>();
		for (String name : services.propertyNames()) {
			JsonNode service = services.path(name);
			assertThat(service.has("image")).as("%s names its image (built ones get a pinned tag too)", name).isTrue();
			images.add(service.path("image").asString());
		}
		assertThat(images).isNotEmpty().allSatisfy(ImagePinningTests::assertPinned);
	}

	@Test
	void everyKubernetesContainerImageIsPinned() {
		KubernetesManifests manifests = KubernetesManifests.load();
		List<String> images = manifests.containers().stream().map(c -> c.path("image").asString()).toList();
		assertThat(images).hasSizeGreaterThanOrEqualTo(5).allSatisfy(ImagePinningTests::assertPinned);
		for (JsonNode override : manifests.kustomization().path("images")) {
			assertThat(override.path("newTag").asString()).as(override.toString()).isNotBlank().isNotEqualTo("latest");
		}
	}

	@Test
	void everyDockerfileBaseImageIsPinned() throws IOException {
		Set<String> stages = new HashSet<>();
		List<String> bases = new ArrayList<>();
		for (String line : Files.readAllLines(ProjectFiles.dockerfile())) {
			String[] words = line.strip().split("\\s+");
			if (words.length >= 2 && words[0].equalsIgnoreCase("FROM")) {
				if (!stages.contains(words[1])) {
					bases.add(words[1]);
				}
				if (words.length >= 4 && words[2].equalsIgnoreCase("AS")) {
					stages.add(words[3]);
				}
			}
		}
		assertThat(bases).isNotEmpty().allSatisfy(ImagePinningTests::assertPinned);
	}

	private static void assertPinned(String image) {
		assertThat(ImageReference.parse(image).isPinned()).as("image %s is pinned", image).isTrue();
	}

}
