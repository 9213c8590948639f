package org.trialstream.adverseevent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The business rules stay plain Java: no Spring, Kafka, Avro or registry types in them (HOUSE-STYLE.md). */
class ModuleStructureTests {

	private static final Path SOURCES = Path.of("src/main/java/org/trialstream/adverseevent");

	private static final List<String> FRAMEWORKS = List.of("import org.springframework.", "import org.apache.kafka.",
			"import org.apache.avro.", "import org.trialstream.avro.", "import io.apicurio.", "import jakarta.");

	/** The plain-Java part of alerting: state, decisions and policies, without the Spring-wired edges. */
	private static final List<String> PLAIN_ALERTING = List.of("Acknowledgement", "Alert", "AlertBook", "AlertChange",
			"AlertDecisions", "AlertLog", "AlertLogEntry", "ChangeSummary", "EscalationPolicy", "FollowUpOrder",
			"SignalSource");

	@Test
	void keepsTheAssessmentRulesFreeOfFrameworks() throws IOException {
		try (Stream<Path> files = Files.list(SOURCES.resolve("assessment"))) {
			List<Path> sources = files.filter(file -> file.toString().endsWith(".java")).toList();
			assertThat(sources).hasSizeGreaterThan(10);
			sources.forEach(ModuleStructureTests::assertPlainJava);
		}
	}

	@Test
	void keepsAlertDecisionsAndStateFreeOfFrameworks() {
		PLAIN_ALERTING.forEach(name -> assertPlainJava(SOURCES.resolve("alerting/" + name + ".java")));
	}

	@Test
	void givesEveryFeaturePackageAPackageInfo() {
		for (String feature : List.of("assessment", "intake", "alerting", "console", "delivery", "config")) {
			assertThat(SOURCES.resolve(feature + "/package-info.java")).exists();
		}
	}

	private static void assertPlainJava(Path source) {
		try {
			List<String> imports = Files.readAllLines(source).stream().filter(line -> line.startsWith("import ")).toList();
			assertThat(imports).as(source.toString())
				.noneMatch(line -> FRAMEWORKS.stream().anyMatch(line::startsWith));
		}
		catch (IOException ex) {
			throw new AssertionError("Cannot read " + source, ex);
		}
	}

}
