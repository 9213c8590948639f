package org.trialstream.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * What a service's application.yml reads from its environment: every {@code ${NAME...}} placeholder, its own and
 * those of the files it imports ({@code spring.config.import}, e.g. the schemas module's serde settings), and the
 * variable and default of {@code server.port}. Deployments may only set variables that appear here.
 */
record ServiceConfiguration(String service, Set<String> variables, String portVariable, int port, JsonNode yaml) {

	static final List<String> SERVICES = List.of("site-capture", "adverse-event", "outcome-aggregation");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

	private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*:([^}]*)}");

	private static final Pattern PORT = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):(\\d+)}");

	static ServiceConfiguration of(String service) {
		var file = ProjectFiles.applicationYml(service);
		JsonNode yaml = YamlDocuments.readOne(file);
		Set<String> variables = new TreeSet<>(placeholders(file));
		for (String imported : yaml.path("spring").path("config").path("import").asString().split(",")) {
			if (!imported.isBlank()) {
				variables.addAll(placeholders(ProjectFiles.classpathResource(service, imported.strip())));
			}
		}
		String serverPort = yaml.path("server").path("port").asString();
		Matcher port = PORT.matcher(serverPort);
		if (!port.matches()) {
			throw new IllegalStateException(file + ": server.port is not ${VARIABLE:default} but " + serverPort);
		}
		return new ServiceConfiguration(service, variables, port.group(1), Integer.parseInt(port.group(2)), yaml);
	}

	private static Set<String> placeholders(Path file) {
		String text;
		try {
			text = Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		Set<String> variables = new TreeSet<>();
		Matcher placeholders = PLACEHOLDER.matcher(text);
		while (placeholders.find()) {
			variables.add(placeholders.group(1));
		}
		return variables;
	}

	/** A setting's value as the service runs without that variable set: {@code ${VAR:default}} gives default. */
	String defaultOf(String... path) {
		JsonNode node = yaml;
		for (String key : path) {
			node = node.path(key);
		}
		Matcher placeholder = DEFAULTED.matcher(node.asString());
		return placeholder.matches() ? placeholder.group(1) : node.asString();
	}

	static List<ServiceConfiguration> all() {
		return SERVICES.stream().map(ServiceConfiguration::of).toList();
	}

}
