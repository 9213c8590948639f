package org.trialstream.benchmark.platform;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherSettingsTests {

	@Test
	void takesTheOptionsBetweenJavaAndTheJarLessTheProcessName() {
		// Given the command line the launcher starts a service with
		String[] commandLine = { "/usr/lib/jvm/jdk/bin/java", "-Dtrialstream.process=outcome-aggregation", "-Xms32m",
				"-Xmx128m", "-XX:+UseSerialGC", "-jar", "/home/run/outcome-aggregation.jar" };

		// When the benchmark reads it
		LauncherSettings settings = new LauncherSettings(LauncherSettings.jvmOptions(commandLine));

		// Then it runs its own instance with the same options and says so
		assertThat(settings.jvmOptions()).containsExactly("-Xms32m", "-Xmx128m", "-XX:+UseSerialGC");
		assertThat(settings.describe()).isEqualTo("-Xms32m -Xmx128m -XX:+UseSerialGC");
	}

	@Test
	void fallsBackToTheLauncherDefaultsWhenNoServiceRuns(@TempDir Path home) {
		// Given a launcher home without PID files

		// When the benchmark reads the settings
		LauncherSettings settings = LauncherSettings.of(home);

		// Then they are the launcher's defaults
		assertThat(settings.jvmOptions()).isEqualTo(LauncherSettings.DEFAULTS);
	}

}
