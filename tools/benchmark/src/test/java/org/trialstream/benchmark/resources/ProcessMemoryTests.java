package org.trialstream.benchmark.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessMemoryTests {

	@TempDir
	Path home;

	@Test
	void readsResidentMemoryFromProcStatus() {
		// Given the lines of a /proc/<pid>/status
		List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmRSS:\t  412345 kB", "Threads:\t61");

		// Then VmRSS is read in kB
		assertThat(ProcessMemory.vmRssKb(status)).hasValue(412_345);
	}

	@Test
	void findsRunningProcessesByTheLaunchersPidFiles() throws IOException {
		// Given a PID file for site-capture naming this very JVM, and a stale one for kafka
		Files.createDirectories(home.resolve("run"));
		Files.writeString(home.resolve("run/site-capture.pid"), ProcessHandle.current().pid() + "\n");
		Files.writeString(home.resolve("run/kafka.pid"), "999999999\n");

		// When the memory is read
		var rss = new ProcessMemory(home).residentMb();

		// Then only the live process is reported, with a plausible size
		assertThat(rss).containsOnlyKeys("site-capture");
		assertThat(rss.get("site-capture")).isGreaterThan(10);
	}

}
