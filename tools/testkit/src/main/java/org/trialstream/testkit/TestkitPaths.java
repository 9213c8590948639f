package org.trialstream.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project, its runtime folder, its built jars and this JVM's java binary are. */
public final class TestkitPaths {

	private TestkitPaths() {
	}

	/** {@code .trialstream} at the project root, as the build passes it in {@code trialstream.home}. */
	public static Path home() {
		return Path.of(System.getProperty("trialstream.home", projectRoot().resolve(".trialstream").toString()));
	}

	static Path apicurioHome() {
		return Path.of(System.getProperty("trialstream.apicurio.home",
				home().resolve("runtime/apicurio-registry-3.3.3").toString()));
	}

	/** The folder holding the Maven wrapper, found upwards from the working directory. */
	public static Path projectRoot() {
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
	public static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/**
	 * The executable jar of a module as the build left it, e.g. {@code builtJar("tools/site-simulator",
	 * "trialstream-site-simulator")}; never the sources or plain jar.
	 */
	public static Path builtJar(String module, String artifactId) {
		Path target = projectRoot().resolve(module).resolve("target");
		try (var files = Files.list(target)) {
			return files.filter(file -> file.getFileName().toString().matches(artifactId + "-[^-]+(-SNAPSHOT)?\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No jar of " + module + " in " + target + ": build it first"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("No jar of " + module + " in " + target + ": build it first", ex);
		}
	}

}
