package org.trialstream.benchmark;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line options of {@code ./trialstream bench}. Every address must be on loopback: the load generator never
 * sends anywhere else.
 *
 * @param measures the measures to run, in run order
 * @param smoke seconds instead of minutes, to check that the harness works
 * @param stepDuration how long each rate step (and each other timed load) lasts
 * @param ingestRates the single-visit rates to climb through, per second
 * @param rebuildVisits visit counts to rebuild the outcome aggregates from
 * @param rebuildTimeout the longest a rebuild (and the wait for the running instance to digest a top-up) may take
 * @param alertBackground visits per second POSTed in the background of the alert measure, or null for its default
 * @param kafka bootstrap servers
 * @param registry base URL of the schema registry
 * @param siteCapture, adverseEvent, outcome base URLs of the services
 * @param home the launcher's folder (PIDs in run/, logs in logs/)
 * @param root the project folder (the launcher and the outcome-aggregation jar)
 * @param docs the Markdown file to write the figures into, or null not to write
 * @param conditions remarks to print with the figures, e.g. that the machine was shared
 */
public record BenchmarkOptions(List<String> measures, boolean smoke, Duration stepDuration, List<Integer> ingestRates,
		List<Integer> rebuildVisits, Duration rebuildTimeout, Integer alertBackground, String kafka, URI registry, URI siteCapture,
		URI adverseEvent, URI outcome, Path home, Path root, Path docs, List<String> conditions) {

	/**
	 * In the order they run. The alert comes before ingest: its goal is the platform's steady operation at 1,000
	 * visits/s, and after the ingest measure's overload (5,000 visits/s offered, a third refused, then the batches)
	 * site-capture and adverse-event spent the alert runs recovering (session 7: the part after adverse-event's
	 * decision took 3.8 ms with 1 client against 2.0-2.4 ms on a platform that had not been overloaded).
	 */
	public static final List<String> ALL_MEASURES = List.of("floor", "alert", "ingest", "freshness", "memory",
			"startup", "rebuild");

	static final String USAGE = """
			usage: ./trialstream bench [options]   (the platform must be up: ./trialstream up --no-sim)
			  --only a,b         measures to run, of: floor,alert,ingest,freshness,memory,startup,rebuild (default all)
			  --smoke            a few seconds per measure, to check the harness works; writes no docs
			  --duration 10s     length of each rate step and timed load
			  --rates 500,1000   single-visit rates to climb through (default 100,200,500,1000,2000,5000,8000)
			  --rebuild 100000,1000000   visit counts to rebuild the outcome aggregates from
			  --rebuild-timeout 5m       the longest each rebuild may take (an unfinished one is reported at its rate)
			  --alert-background 1000    visits/s in the background of the alert measure (default 1000; the goal's)
			  --home DIR         the launcher's folder with run/*.pid (default $TRIALSTREAM_HOME or .trialstream)
			  --kafka host:port  --registry URL  --site-capture URL  --adverse-event URL  --outcome URL  (loopback)
			  --docs FILE | --no-docs   where to write the figures (default docs/benchmarks.md)
			  --condition TEXT   a remark recorded with the figures (e.g. "machine shared with test suites")
			""";

	public static BenchmarkOptions parse(String[] args, Path root) {
		Map<String, String> values = new LinkedHashMap<>();
		List<String> conditions = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--smoke", "--no-docs" -> values.put(arg, "true");
				case "--condition" -> conditions.add(value(args, ++i, arg));
				case "--only", "--duration", "--rates", "--rebuild", "--rebuild-timeout", "--alert-background", "--kafka", "--registry", "--site-capture",
						"--adverse-event",
						"--outcome", "--docs", "--home" ->
					values.put(arg, value(args, ++i, arg));
				default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
			}
		}
		boolean smoke = values.containsKey("--smoke");
		List<String> measures = values.containsKey("--only") ? csv(values.get("--only")) : ALL_MEASURES;
		measures.stream()
			.filter(m -> !ALL_MEASURES.contains(m))
			.findFirst()
			.ifPresent(m -> {
				throw new IllegalArgumentException("unknown measure " + m + "\n" + USAGE);
			});
		measures = ALL_MEASURES.stream().filter(measures::contains).toList();
		Duration step = values.containsKey("--duration") ? duration(values.get("--duration"))
				: smoke ? Duration.ofSeconds(2) : Duration.ofSeconds(10);
		List<Integer> rates = values.containsKey("--rates") ? ints(values.get("--rates"))
				: smoke ? List.of(200, 500) : List.of(100, 200, 500, 1_000, 2_000, 5_000, 8_000);
		List<Integer> rebuild = values.containsKey("--rebuild") ? ints(values.get("--rebuild"))
				: smoke ? List.of(5_000) : List.of(100_000, 1_000_000);
		Duration rebuildTimeout = values.containsKey("--rebuild-timeout") ? duration(values.get("--rebuild-timeout"))
				: Duration.ofMinutes(smoke ? 2 : 5);
		String home = values.getOrDefault("--home",
				System.getenv().getOrDefault("TRIALSTREAM_HOME", root.resolve(".trialstream").toString()));
		Path docs = values.containsKey("--no-docs") || smoke && !values.containsKey("--docs") ? null
				: Path.of(values.getOrDefault("--docs", root.resolve("docs/benchmarks.md").toString()));
		if (smoke) {
			conditions.addFirst("smoke mode (seconds per measure; not a measurement)");
		}
		Integer alertBackground = values.containsKey("--alert-background")
				? ints(values.get("--alert-background")).getFirst() : null;
		if (alertBackground != null && alertBackground < 1) {
			throw new IllegalArgumentException("--alert-background needs at least 1 visit/s\n" + USAGE);
		}
		return new BenchmarkOptions(measures, smoke, step, rates, rebuild, rebuildTimeout, alertBackground,
				loopbackKafka(values.getOrDefault("--kafka", env("KAFKA_PORT", "127.0.0.1:", "9092"))),
				loopback(values.getOrDefault("--registry", env("REGISTRY_PORT", "http://127.0.0.1:", "8081"))),
				loopback(values.getOrDefault("--site-capture", env("SITE_CAPTURE_PORT", "http://127.0.0.1:", "8080"))),
				loopback(values.getOrDefault("--adverse-event",
						env("ADVERSE_EVENT_PORT", "http://127.0.0.1:", "8082"))),
				loopback(values.getOrDefault("--outcome",
						env("OUTCOME_AGGREGATION_PORT", "http://127.0.0.1:", "8083"))),
				Path.of(home), root, docs, conditions);
	}

	public boolean runs(String measure) {
		return measures.contains(measure);
	}

	/**
	 * The launcher's port variables for the endpoints measured here, so that a platform the benchmark restarts (the
	 * start-up measure) comes back where the other measures look for it, whatever the shell's variables say.
	 */
	public Map<String, String> launcherPorts() {
		String firstServer = kafka.split(",")[0];
		return Map.of("KAFKA_PORT", firstServer.substring(firstServer.lastIndexOf(':') + 1), "REGISTRY_PORT",
				port(registry), "SITE_CAPTURE_PORT", port(siteCapture), "ADVERSE_EVENT_PORT", port(adverseEvent),
				"OUTCOME_AGGREGATION_PORT", port(outcome));
	}

	private static String port(URI uri) {
		return String.valueOf(uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80);
	}

	private static String env(String portVariable, String prefix, String defaultPort) {
		return prefix + System.getenv().getOrDefault(portVariable, defaultPort);
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
		}
		return args[index];
	}

	private static List<String> csv(String value) {
		return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static List<Integer> ints(String value) {
		return csv(value).stream().map(s -> Integer.parseInt(s.replace("_", ""))).toList();
	}

	static Duration duration(String value) {
		String v = value.strip().toLowerCase();
		if (v.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
		}
		if (v.endsWith("m")) {
			return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
		}
		return Duration.ofSeconds(Long.parseLong(v.endsWith("s") ? v.substring(0, v.length() - 1) : v));
	}

	private static URI loopback(String url) {
		URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
		requireLoopback(uri.getHost(), url);
		return uri;
	}

	private static String loopbackKafka(String bootstrap) {
		for (String server : bootstrap.split(",")) {
			requireLoopback(server.substring(0, server.lastIndexOf(':')), bootstrap);
		}
		return bootstrap;
	}

	private static void requireLoopback(String host, String address) {
		try {
			if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
				throw new IllegalArgumentException("the benchmark sends to loopback only, not to " + address);
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("the benchmark sends to loopback only; unknown host in " + address, ex);
		}
	}

}
