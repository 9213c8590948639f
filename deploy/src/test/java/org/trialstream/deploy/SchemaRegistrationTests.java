package org.trialstream.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialstream.avro.TopicCatalog;
import org.trialstream.deploy.schemas.SchemaRegistration;
import org.trialstream.testkit.PlatformSetup;
import org.trialstream.testkit.RegistryClient;
import org.trialstream.testkit.RegistryProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes schema job against a real, empty Apicurio Registry: afterwards every value subject of the catalogue
 * holds exactly the catalogue's schema, readable through the Confluent-compatible API, and a second run changes
 * nothing.
 */
class SchemaRegistrationTests {

	private static RegistryProcess registry;

	@BeforeAll
	static void startEmptyRegistry() {
		Path home = Path.of(System.getProperty("trialstream.apicurio.home"));
		registry = RegistryProcess.start(home, freePort(), freePort(),
				Path.of("target", "schema-registration-registry.log").toAbsolutePath());
	}

	@AfterAll
	static void stopRegistry() {
		registry.close();
	}

	@Test
	void registersEveryCatalogueSchemaUnderItsValueSubjectIdempotently() {
		// Given an empty registry
		RegistryClient client = new RegistryClient(registry.baseUrl());
		assertThat(client.subjects()).isEmpty();

		// When the job runs, twice (as a re-applied release would)
		Map<String, Integer> first = SchemaRegistration.run(registry.baseUrl());
		Map<String, Integer> second = SchemaRegistration.run(registry.baseUrl());

		// Then every catalogue subject holds the catalogue's schema, under the same id both times
		assertThat(client.subjects()).containsExactlyInAnyOrderElementsOf(
				TopicCatalog.ENTRIES.stream().map(TopicCatalog.Entry::valueSubject).toList());
		assertThat(second).isEqualTo(first);
		for (TopicCatalog.Entry entry : TopicCatalog.ENTRIES) {
			Schema registered = new Schema.Parser().parse(client.schemaById(first.get(entry.valueSubject())));
			assertThat(registered).as(entry.valueSubject()).isEqualTo(entry.valueSchema());
		}
		assertThat(client.globalCompatibility()).isEqualTo(PlatformSetup.GLOBAL_COMPATIBILITY);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
