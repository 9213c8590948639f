package org.trialstream.benchmark.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.ToIntFunction;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.trialstream.avro.Topics;
import org.trialstream.benchmark.platform.GroupLag;

/**
 * The rebuild's floor: the least a Kafka Streams application does with the visits under outcome-aggregation's
 * guarantees: exactly_once_v2, one entry per visit in a persistent store with its changelog, the same commit interval,
 * buffers and record cache, one stream thread; no Avro decoding and no outcomes. It runs inside the benchmark's JVM
 * (its heap, not a service's 128 MB; RocksDB on its defaults, not the service's 64 MB bound) and is timed as a
 * rebuild is ({@link CatchUpTimer}): from its group's assignment to every visit committed. What a rebuild can reach on this machine with
 * this stack, whatever outcome-aggregation does per visit.
 */
final class StreamsFloorRun {

	private static final String STORE = "visit-entries";

	private final String bootstrap;

	StreamsFloorRun(String bootstrap) {
		this.bootstrap = bootstrap;
	}

	CatchUpTimer.Result run(GroupLag lag, Duration timeout) throws IOException, ExecutionException, InterruptedException {
		String applicationId = CatchUpTimer.newApplicationId("bench-streams-floor");
		Path state = Files.createTempDirectory(applicationId);
		long start = System.nanoTime();
		KafkaStreams streams = new KafkaStreams(topology(new ByteArrayDeserializer(), value -> value == null ? 0 : value.length),
				properties(bootstrap, applicationId, state));
		try {
			streams.start();
			return await(lag, applicationId, streams, start, timeout);
		}
		finally {
			streams.close(Duration.ofSeconds(30));
			CatchUpTimer.cleanUp(lag, applicationId, state);
		}
	}

	private static CatchUpTimer.Result await(GroupLag lag, String applicationId, KafkaStreams streams, long start,
			Duration timeout) throws ExecutionException, InterruptedException {
		return await(lag, applicationId, start, timeout, () -> {
			if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
				throw new IllegalStateException("the Kafka Streams floor stopped: " + streams.state());
			}
		});
	}

	/** Done when every partition of the visits has a commit, each at its end or a transaction marker short of it. */
	static CatchUpTimer.Result await(GroupLag lag, String applicationId, long start, Duration timeout,
			Runnable ensureRunning) throws ExecutionException, InterruptedException {
		List<TopicPartition> partitions = lag.partitions(Topics.VISIT_RECORDED);
		return CatchUpTimer.await(lag, applicationId, start, timeout, ensureRunning,
				committed -> committed.keySet().containsAll(partitions)
						&& CatchUpTimer.behind(lag, committed) <= partitions.size());
	}

	/**
	 * One store entry per visit; {@code values} reads the visit (its bytes as they are, or decoded), {@code size} what
	 * the entry holds.
	 */
	static <V> Topology topology(Deserializer<V> values, ToIntFunction<V> size) {
		StreamsBuilder builder = new StreamsBuilder();
		builder.addStateStore(
				Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.Integer()));
		builder.stream(Topics.VISIT_RECORDED, Consumed.with(Serdes.String(), Serdes.serdeFrom(unused(), values)))
			.process(() -> new EntryPerVisit<>(size), STORE);
		return builder.build();
	}

	/** The floor only reads. */
	private static <V> Serializer<V> unused() {
		return (topic, value) -> {
			throw new UnsupportedOperationException("the Kafka Streams floor writes no visits");
		};
	}

	/** outcome-aggregation's streams settings (its application.yml) that bear on a rebuild's speed. */
	static Properties properties(String bootstrap, String applicationId, Path state) {
		Properties properties = new Properties();
		properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
		properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		properties.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
		properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
		properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1000);
		properties.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
		properties.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, -1L);
		properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
				LogAndContinueExceptionHandler.class.getName());
		properties.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 4 * 1024 * 1024L);
		properties.put("input.buffer.max.bytes", 1024 * 1024L);
		properties.put(StreamsConfig.consumerPrefix("fetch.max.bytes"), 1024 * 1024);
		properties.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
		properties.put(StreamsConfig.producerPrefix("buffer.memory"), 8 * 1024 * 1024L);
		return properties;
	}

	/** One store entry per visit, under the visit's key and offset: outcome-aggregation's write per visit. */
	private static final class EntryPerVisit<V> implements Processor<String, V, Void, Void> {

		private final ToIntFunction<V> size;

		private ProcessorContext<Void, Void> context;

		private KeyValueStore<String, Integer> entries;

		EntryPerVisit(ToIntFunction<V> size) {
			this.size = size;
		}

		@Override
		public void init(ProcessorContext<Void, Void> context) {
			this.context = context;
			this.entries = context.getStateStore(STORE);
		}

		@Override
		public void process(Record<String, V> record) {
			long offset = context.recordMetadata().map(metadata -> metadata.offset()).orElse(-1L);
			entries.put(record.key() + "|" + offset, size.applyAsInt(record.value()));
		}

	}

}
