package org.trialstream.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Which environment variables a service container may be given: those its application.yml reads, the JVM's own
 * JAVA_TOOL_OPTIONS, those the shared protocol module reads itself (TRIALS_DIR), Spring Boot's
 * spring.kafka.security.protocol, Kafka client settings passed through
 * spring.kafka.properties.* (checked against Kafka's own configuration names, so a typo fails), and variables that
 * only feed other variables through Kubernetes' {@code $(NAME)} references.
 */
final class EnvironmentContract {

	private static final String KAFKA_PROPERTIES = "SPRING_KAFKA_PROPERTIES_";

	private static final Set<String> KAFKA_CLIENT_SETTINGS = kafkaClientSettings();

	private static final Pattern GETENV = Pattern.compile("getenv\\(\"([A-Z][A-Z0-9_]*)\"\\)");

	private static final Set<String> PROTOCOL_MODULE_VARIABLES = protocolModuleVariables();

	private EnvironmentContract() {
	}

	/** The variables of {@code environment} (name to value) that nothing in the container reads. */
	static List<String> unread(ServiceConfiguration configuration, Map<String, String> environment) {
		return environment.keySet().stream().filter(name -> !isRead(name, configuration, environment)).sorted().toList();
	}

	/** Whether {@code SASL_JAAS_CONFIG} (and the like) names a Kafka client setting, here {@code sasl.jaas.config}. */
	static boolean isKafkaClientSetting(String variableSuffix) {
		return KAFKA_CLIENT_SETTINGS.contains(variableSuffix.toLowerCase().replace('_', '.'));
	}

	private static boolean isRead(String name, ServiceConfiguration configuration, Map<String, String> environment) {
		if (configuration.variables().contains(name) || PROTOCOL_MODULE_VARIABLES.contains(name)
				|| name.equals("JAVA_TOOL_OPTIONS")
				|| name.equals("SPRING_KAFKA_SECURITY_PROTOCOL")) {
			return true;
		}
		if (name.startsWith(KAFKA_PROPERTIES)) {
			return isKafkaClientSetting(name.substring(KAFKA_PROPERTIES.length()));
		}
		return environment.values().stream().anyMatch(value -> value.contains("$(" + name + ")"));
	}

	/** The variables services/protocol reads with System.getenv (it is on every service's class path). */
	static Set<String> protocolModuleVariables() {
		Path sources = ProjectFiles.root().resolve("services/protocol/src/main/java");
		Set<String> names = new HashSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = GETENV.matcher(Files.readString(file));
				while (matcher.find()) {
					names.add(matcher.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + sources, ex);
		}
		return Set.copyOf(names);
	}

	private static Set<String> kafkaClientSettings() {
		Set<String> names = new HashSet<>();
		names.addAll(ProducerConfig.configNames());
		names.addAll(ConsumerConfig.configNames());
		names.addAll(AdminClientConfig.configNames());
		return Set.copyOf(names);
	}

}
