package org.trialstream.benchmark.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.config.SerdeConfig;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.trialstream.avro.capture.VisitRecorded;
import org.trialstream.avro.serde.SchemaCachingDatumProvider;
import org.trialstream.benchmark.platform.GroupLag;
import org.trialstream.benchmark.platform.LauncherSettings;

/**
 * The rebuild's floor as a new instance meets it: the {@link StreamsFloorRun} application in a JVM of its own, started
 * with the launcher's JVM options (a service's heap and collector) and decoding each visit with the platform's Avro
 * deserializer, so it pays what a fresh outcome-aggregation pays before any outcome: start-up, compiling its hot
 * code, decoding, one store entry and changelog record per visit. The parent starts {@link #main} and times it as a
 * rebuild is timed ({@link CatchUpTimer}).
 */
final class FreshStreamsFloorRun {

	private final String bootstrap;

	private final String registryApi;

	private final LauncherSettings launcher;

	private final Path logs;

	FreshStreamsFloorRun(String bootstrap, String registryApi, LauncherSettings launcher, Path logs) {
		this.bootstrap = bootstrap;
		this.registryApi = registryApi;
		this.launcher = launcher;
		this.logs = logs;
	}

	CatchUpTimer.Result run(GroupLag lag, Duration timeout) throws IOException, InterruptedException, ExecutionException {
		String applicationId = CatchUpTimer.newApplicationId("bench-fresh-floor");
		Path state = Files.createTempDirectory(applicationId);
		long start = System.nanoTime();
		Process process = ChildJvm.start(launcher.jvmOptions(),
				List.of("-cp", System.getProperty("java.class.path"), FreshStreamsFloorRun.class.getName(), bootstrap,
						registryApi, applicationId, state.toString()),
				Map.of(), logs.resolve("bench-fresh-floor.log"));
		try {
			return StreamsFloorRun.await(lag, applicationId, start, timeout, () -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("the fresh Kafka Streams floor exited with " + process.exitValue()
							+ "; see " + logs.resolve("bench-fresh-floor.log"));
				}
			});
		}
		finally {
			ChildJvm.stop(process);
			CatchUpTimer.cleanUp(lag, applicationId, state);
		}
	}

	/** In the child JVM: bootstrap, registry API, application id, state folder; runs until the parent stops it. */
	public static void main(String[] args) throws InterruptedException {
		String bootstrap = args[0];
		String registryApi = args[1];
		String applicationId = args[2];
		Path state = Path.of(args[3]);
		AvroKafkaDeserializer<SpecificRecord> visits = new AvroKafkaDeserializer<>();
		visits.configure(serdeConfig(registryApi), false);
		KafkaStreams streams = new KafkaStreams(
				StreamsFloorRun.topology(visits,
						visit -> visit instanceof VisitRecorded recorded ? recorded.getVisitId().length() : 0),
				StreamsFloorRun.properties(bootstrap, applicationId, state));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			streams.close(Duration.ofSeconds(20));
			stopped.countDown();
		}));
		streams.start();
		// Until the parent stops it; a floor that failed ends at once, so the parent says so instead of timing out.
		while (!stopped.await(1, TimeUnit.SECONDS)) {
			if (streams.state() == KafkaStreams.State.ERROR) {
				System.err.println("the Kafka Streams floor failed; see above");
				System.exit(1);
			}
		}
	}

	/** The services' Avro deserializer settings (trialstream-serdes.yml in the schemas module). */
	private static Map<String, Object> serdeConfig(String registryApi) {
		Map<String, Object> config = new HashMap<>();
		config.put(SerdeConfig.REGISTRY_URL, registryApi);
		config.put("apicurio.registry.http.adapter", "JDK");
		config.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, false);
		config.put(SerdeConfig.DEREFERENCE_SCHEMA, true);
		config.put(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
		config.put(AvroSerdeConfig.AVRO_DATUM_PROVIDER, SchemaCachingDatumProvider.class.getName());
		return config;
	}

}
