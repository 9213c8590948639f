package org.trialstream.benchmark.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The PID files the launcher writes for each process it starts: {@code <home>/run/<name>.pid}. */
public final class PidFiles {

	private PidFiles() {
	}

	/** The process's PID, or empty when the launcher has not started it (or its file is not readable). */
	public static OptionalLong pid(Path home, String name) {
		try {
			Path file = home.resolve("run").resolve(name + ".pid");
			return OptionalLong.of(Long.parseLong(Files.readString(file).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

}
