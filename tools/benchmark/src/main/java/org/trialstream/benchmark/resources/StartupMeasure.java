package org.trialstream.benchmark.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.trialstream.benchmark.report.Figure;
import org.trialstream.benchmark.report.Section;

/**
 * {@code ./trialstream up} to ready, the way a developer meets it: {@code down}, then {@code up --no-sim} timed
 * from the command to its "up in N s" line (every service's health endpoint answering). Leaves the platform up, on
 * the ports the benchmark measures ({@code launcherPorts}).
 */
public final class StartupMeasure {

	public static final String ID = "startup";

	private static final Pattern UP_IN = Pattern.compile("up in (\\d+) s");

	private final Path launcher;

	private final Map<String, String> launcherPorts;

	public StartupMeasure(Path root, Map<String, String> launcherPorts) {
		this.launcher = root.resolve("trialstream");
		this.launcherPorts = launcherPorts;
	}

	public Section run() throws IOException, InterruptedException {
		launch("down");
		long start = System.nanoTime();
		String reported = launch("up", "--no-sim");
		double seconds = (System.nanoTime() - start) / 1e9;
		Matcher matcher = UP_IN.matcher(reported);
		String note = matcher.find() ? "the launcher reports " + matcher.group(1) + " s" : "";
		System.out.printf("  startup: up in %.1f s (%s)%n", seconds, note);
		return new Section(ID, "Start-up: ./trialstream up to ready",
				List.of(Figure.of(ID, "up --no-sim to ready", seconds, "s").withNote(note)),
				List.of("./trialstream down, then ./trialstream up --no-sim (jars already built) timed to its"
						+ " return: broker, registry, topic and schema setup, the three services answering"
						+ " /actuator/health; existing data is kept, so the services also reload their state."));
	}

	private String launch(String... args) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(launcherPorts);
		Process process = builder.start();
		StringBuilder output = new StringBuilder();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = reader.readLine()) != null;) {
				output.append(line).append('\n');
			}
		}
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IllegalStateException("./trialstream " + String.join(" ", args) + " exited " + exit + ":\n"
					+ output);
		}
		return output.toString();
	}

}
