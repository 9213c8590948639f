package org.trialstream.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the deployment files and the services' configuration live, found from the module's working directory. */
final class ProjectFiles {

	private ProjectFiles() {
	}

	/** The repository root: the first folder upwards that holds both docker-compose.yml and services/. */
	static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("services"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("No docker-compose.yml with services/ above " + Path.of("").toAbsolutePath());
	}

	static Path compose() {
		return root().resolve("docker-compose.yml");
	}

	static Path kubernetes() {
		return root().resolve("deploy/kubernetes");
	}

	static Path dockerfile() {
		return root().resolve("deploy/docker/Dockerfile");
	}

	static Path applicationYml(String service) {
		return root().resolve("services").resolve(service).resolve("src/main/resources/application.yml");
	}

	/**
	 * A {@code classpath:} file a service's configuration imports, from the resources of the service or of the
	 * project's modules it is built with.
	 */
	static Path classpathResource(String service, String location) {
		String name = location.replaceFirst("^optional:", "").replaceFirst("^classpath:", "");
		List<Path> roots = List.of(root().resolve("services").resolve(service).resolve("src/main/resources"),
				root().resolve("schemas/src/main/resources"), root().resolve("services/protocol/src/main/resources"));
		return roots.stream()
			.map(resources -> resources.resolve(name))
			.filter(Files::isRegularFile)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(service + " imports " + location + ", found in none of " + roots));
	}

}
