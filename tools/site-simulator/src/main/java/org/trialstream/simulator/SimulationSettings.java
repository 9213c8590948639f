package org.trialstream.simulator;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How a simulation runs.
 *
 * @param siteCapture base address of site-capture
 * @param trialYear how long a trial year lasts in real time (time compression)
 * @param subjectScale share of each trial's target enrolment to simulate (1.0 = the published sizes)
 * @param seed random seed, so a run can be repeated
 * @param maxRunTime the simulation stops after this, whatever is left
 * @param invalidShare share of submissions followed by a deliberately invalid one
 * @param progressEvery how often the progress line is printed
 */
record SimulationSettings(URI siteCapture, Duration trialYear, double subjectScale, long seed, Duration maxRunTime,
		double invalidShare, Duration progressEvery) {

	static final String USAGE = """
			usage: site-simulator [--site-capture=http://127.0.0.1:8080] [--trial-year=120s] [--scale=1.0]
			                      [--seed=20261122] [--max-run-time=15m] [--invalid-share=0.02] [--progress-every=2s]""";

	static SimulationSettings parse(String... args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		SimulationSettings settings = new SimulationSettings(
				URI.create(options.getOrDefault("site-capture", env("SITE_CAPTURE_URL", "http://127.0.0.1:8080"))),
				duration(options.getOrDefault("trial-year", "120s")),
				Double.parseDouble(options.getOrDefault("scale", "1.0")),
				Long.parseLong(options.getOrDefault("seed", "20261122")),
				duration(options.getOrDefault("max-run-time", "15m")),
				Double.parseDouble(options.getOrDefault("invalid-share", "0.02")),
				duration(options.getOrDefault("progress-every", "2s")));
		options.keySet()
			.stream()
			.filter(key -> !USAGE.contains("--" + key + "="))
			.findFirst()
			.ifPresent(key -> {
				throw new IllegalArgumentException("unknown option --" + key + "\n" + USAGE);
			});
		return settings;
	}

	/** Real time that one study day lasts. */
	Duration dayLength() {
		return trialYear.dividedBy(365);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	/** 90s, 15m, 2h or an ISO-8601 duration. */
	static Duration duration(String text) {
		String value = text.strip().toLowerCase();
		if (value.startsWith("p")) {
			return Duration.parse(value.toUpperCase());
		}
		long amount = Long.parseLong(value.substring(0, value.length() - 1));
		return switch (value.charAt(value.length() - 1)) {
			case 's' -> Duration.ofSeconds(amount);
			case 'm' -> Duration.ofMinutes(amount);
			case 'h' -> Duration.ofHours(amount);
			default -> throw new IllegalArgumentException("durations look like 90s, 15m or 2h: " + text);
		};
	}

}
