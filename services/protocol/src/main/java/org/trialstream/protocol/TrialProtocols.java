package org.trialstream.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The protocols of every trial the platform runs: the seed trials shipped on the class path
 * ({@code trials/*.yml}) and any YAML file in {@code $TRIALS_DIR}, which may replace a seed trial of the same id.
 */
public final class TrialProtocols {

	static final List<String> SEED_TRIALS = List.of("legend-1.yml", "hucmsc-df.yml", "nct06480123.yml");

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Map<String, TrialProtocol> byId;

	public TrialProtocols(Collection<TrialProtocol> protocols) {
		Map<String, TrialProtocol> map = new LinkedHashMap<>();
		protocols.forEach(protocol -> map.put(protocol.trialId(), protocol));
		this.byId = Map.copyOf(map);
	}

	/** The seed trials plus those in the folder named by the TRIALS_DIR environment variable, if set. */
	public static TrialProtocols loadDefault() {
		List<TrialProtocol> protocols = new ArrayList<>();
		for (String name : SEED_TRIALS) {
			try (InputStream in = TrialProtocols.class.getResourceAsStream("/trials/" + name)) {
				protocols.add(parse(in, name));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read seed trial " + name, ex);
			}
		}
		String dir = System.getenv("TRIALS_DIR");
		if (dir != null && !dir.isBlank()) {
			protocols.addAll(loadDirectory(Path.of(dir)));
		}
		return new TrialProtocols(protocols);
	}

	public static List<TrialProtocol> loadDirectory(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(file -> file.toString().endsWith(".yml")).sorted().map(file -> {
				try (InputStream in = Files.newInputStream(file)) {
					return parse(in, file.toString());
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read trial protocol " + file, ex);
				}
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list trial protocols in " + dir, ex);
		}
	}

	static TrialProtocol parse(InputStream in, String origin) {
		if (in == null) {
			throw new IllegalStateException("No trial protocol at " + origin);
		}
		try {
			return YAML.readValue(in, TrialProtocol.class);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Invalid trial protocol " + origin + ": " + ex.getMessage(), ex);
		}
	}

	public Optional<TrialProtocol> find(String trialId) {
		return Optional.ofNullable(byId.get(trialId));
	}

	public TrialProtocol get(String trialId) {
		return find(trialId).orElseThrow(() -> new UnknownTrialException(trialId));
	}

	public Collection<TrialProtocol> all() {
		return byId.values();
	}

	/** Asked for a trial the platform does not run. */
	public static final class UnknownTrialException extends RuntimeException {

		public UnknownTrialException(String trialId) {
			super("No trial " + trialId);
		}

	}

}
