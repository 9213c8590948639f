package org.trialstream.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;

/** Every document of the resources the kustomization lists, in order, with the few look-ups the tests need. */
record KubernetesManifests(JsonNode kustomization, List<Path> files, List<JsonNode> documents) {

	static KubernetesManifests load() {
		Path dir = ProjectFiles.kubernetes();
		JsonNode kustomization = YamlDocuments.readOne(dir.resolve("kustomization.yaml"));
		List<Path> files = new ArrayList<>();
		List<JsonNode> documents = new ArrayList<>();
		for (JsonNode resource : kustomization.path("resources")) {
			Path file = dir.resolve(resource.asString());
			files.add(file);
			documents.addAll(YamlDocuments.read(file));
		}
		return new KubernetesManifests(kustomization, files, documents);
	}

	List<JsonNode> ofKind(String kind) {
		return documents.stream().filter(doc -> kind.equals(doc.path("kind").asString())).toList();
	}

	Optional<JsonNode> find(String kind, String name) {
		return ofKind(kind).stream().filter(doc -> name.equals(name(doc))).findFirst();
	}

	JsonNode get(String kind, String name) {
		return find(kind, name).orElseThrow(() -> new AssertionError("No " + kind + " named " + name));
	}

	/** The Deployment or StatefulSet that runs a service. */
	JsonNode workload(String service) {
		return find("Deployment", service).or(() -> find("StatefulSet", service))
			.orElseThrow(() -> new AssertionError("No Deployment or StatefulSet named " + service));
	}

	/** Every container and init container of every pod template (workloads and jobs). */
	List<JsonNode> containers() {
		return documents.stream()
			.flatMap(doc -> {
				JsonNode pod = doc.path("spec").path("template").path("spec");
				return StreamSupport.stream(concat(pod.path("containers"), pod.path("initContainers")).spliterator(),
						false);
			})
			.toList();
	}

	static String name(JsonNode document) {
		return document.path("metadata").path("name").asString();
	}

	/** The container of a single-container workload. */
	static JsonNode container(JsonNode workload) {
		JsonNode containers = workload.path("spec").path("template").path("spec").path("containers");
		if (containers.size() != 1) {
			throw new AssertionError(name(workload) + " has " + containers.size() + " containers, expected one");
		}
		return containers.get(0);
	}

	/** An env entry of a container by name, or a missing node. */
	static JsonNode env(JsonNode container, String variable) {
		for (JsonNode entry : container.path("env")) {
			if (variable.equals(entry.path("name").asString())) {
				return entry;
			}
		}
		return tools.jackson.databind.node.MissingNode.getInstance();
	}

	private static List<JsonNode> concat(JsonNode first, JsonNode second) {
		List<JsonNode> all = new ArrayList<>();
		first.forEach(all::add);
		second.forEach(all::add);
		return all;
	}

}
