package org.trialstream.avro.serde;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.apicurio.registry.resolver.SchemaLookupResult;
import io.apicurio.registry.resolver.SchemaResolver;
import io.apicurio.registry.serde.data.SerdeMetadata;
import io.apicurio.registry.serde.data.SerdeRecord;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trialstream.avro.TopicCatalog;

/**
 * Looks up the registered value schemas of some topics with a serde's own schema resolver, so that its cache holds
 * them (by content, global id and content id) before the first record needs them. Without it the first event of
 * each type after a start waits for a registry round trip on the way out and another on the way in: with the
 * producer's creation and the classes loaded on first use, the first serious adverse event after a start reached
 * the monitors 200-400 ms late instead of ~10 ms. The topics come from {@link #PREFETCH_TOPICS} in the serde's
 * configuration.
 */
public final class SchemaPrefetch {

	/** Comma-separated topics (or a list) whose value schemas a serde looks up when it is configured. */
	public static final String PREFETCH_TOPICS = "trialstream.schemas.prefetch-topics";

	private static final Logger log = LoggerFactory.getLogger(SchemaPrefetch.class);

	/**
	 * Resolves the value schema of each topic. A registry that cannot be reached is not a reason to refuse to
	 * start: the schemas are then looked up on first use, as without the prefetch.
	 * @return the schemas found, in the order of the topics
	 */
	static <U> List<SchemaLookupResult<Schema>> resolve(SchemaResolver<Schema, U> resolver, Collection<String> topics) {
		try {
			return topics.stream().map(topic -> resolver.resolveSchema(SchemaPrefetch.<U>sampleRecordOf(topic))).toList();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look up the schemas of {} ahead of use; they will be looked up on first use: {}",
					topics, ex.toString());
			return List.of();
		}
	}

	/** The topics named under {@link #PREFETCH_TOPICS}: a comma-separated string or a list. */
	static List<String> topicsFrom(Map<String, ?> configs) {
		Object value = configs.get(PREFETCH_TOPICS);
		if (value instanceof Collection<?> list) {
			return list.stream().map(Object::toString).map(String::trim).filter(topic -> !topic.isEmpty()).toList();
		}
		if (value instanceof String text) {
			return Arrays.stream(text.split(",")).map(String::trim).filter(topic -> !topic.isEmpty()).toList();
		}
		return List.of();
	}

	/** The resolver reads only the topic and the record's schema, so an empty instance of the topic's type will do. */
	@SuppressWarnings("unchecked")
	private static <U> SerdeRecord<U> sampleRecordOf(String topic) {
		Schema schema = TopicCatalog.ENTRIES.stream()
			.filter(entry -> entry.topic().equals(topic))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(PREFETCH_TOPICS + " names " + topic
					+ ", which is not in the topic catalog"))
			.valueSchema();
		return new SerdeRecord<>(new SerdeMetadata(topic, false), (U) SpecificData.get().newRecord(null, schema));
	}

	private SchemaPrefetch() {
	}

}
