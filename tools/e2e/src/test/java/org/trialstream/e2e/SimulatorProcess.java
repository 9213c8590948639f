package org.trialstream.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.trialstream.testkit.TestkitPaths;

/** The site simulator as its own process from its built jar, as `./trialstream up` starts it. */
final class SimulatorProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private SimulatorProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	static SimulatorProcess start(String siteCaptureUrl, String... options) throws IOException {
		Path jar = TestkitPaths.builtJar("tools/site-simulator", "trialstream-site-simulator");
		List<String> command = new ArrayList<>(
				List.of(TestkitPaths.java(), "-jar", jar.toString(), "--site-capture=" + siteCaptureUrl));
		command.addAll(List.of(options));
		Path log = Files.createTempFile("site-simulator", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new SimulatorProcess(process, log);
	}

	/** Everything the simulator printed so far (its progress lines). */
	String output() throws IOException {
		return Files.readString(log);
	}

	/** Waits for the simulator to finish and returns its exit code: 0 when every invalid submission was rejected. */
	int awaitExit(long seconds) throws InterruptedException {
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the simulator did not finish within " + seconds + " s");
		}
		return process.exitValue();
	}

	@Override
	public void close() {
		process.destroy();
	}

}
