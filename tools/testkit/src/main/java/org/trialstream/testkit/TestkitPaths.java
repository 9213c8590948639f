package org.trialstream.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project, its runtime folder and this JVM's java binary are. */
final class TestkitPaths {

	private TestkitPaths() {
	}

	/** {@code .trialstream} at the project root, as the build passes it in {@code trialstream.home}. */
	static Path home() {
		return Path.of(System.getProperty("trialstream.home", projectRoot().resolve(".trialstream").toString()));
	}

	static Path apicurioHome() {
		return Path.of(System.getProperty("trialstream.apicurio.home",
				home().resolve("runtime/apicurio-registry-3.3.3").toString()));
	}

	/** The folder holding the Maven wrapper, found upwards from the working directory. */
	static Path projectRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("Not inside the trialstream project: no .mvn folder above " + Path.of("").toAbsolutePath());
		}
		return dir;
	}

	/** This JVM's own java binary (the build runs on a JDK >= 21, which the registry and services need). */
	static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
