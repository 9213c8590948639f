package org.trialstream.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a YAML file of one or more documents ({@code ---}) into trees; a syntax error fails the test that reads it. */
final class YamlDocuments {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private YamlDocuments() {
	}

	static List<JsonNode> read(Path file) {
		try {
			String text = Files.readString(file);
			return YAML.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll()
				.stream()
				.filter(node -> node != null && !node.isNull() && !node.isMissingNode())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	static JsonNode readOne(Path file) {
		List<JsonNode> documents = read(file);
		if (documents.size() != 1) {
			throw new IllegalStateException(file + " holds " + documents.size() + " documents, expected one");
		}
		return documents.getFirst();
	}

}
