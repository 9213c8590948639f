package org.trialstream.outcome.topology;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for the topology's own state stores and its repartition topic. These records are private to this service (no
 * other service reads them), so they need no registry subject or schema review, evolve with the Java records (unknown
 * fields are ignored, missing ones are null) and stay readable when someone inspects a changelog topic.
 */
public final class JsonSerde<T> implements Serde<T> {

	// Nulls left out: a subject's state is rewritten (and sent to its changelog) on every event, so size is cost.
	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private final ObjectReader reader;

	private final ObjectWriter writer;

	public JsonSerde(Class<T> type) {
		this.reader = MAPPER.readerFor(type);
		this.writer = MAPPER.writerFor(type);
	}

	@Override
	public Serializer<T> serializer() {
		return (topic, value) -> value == null ? null : writer.writeValueAsBytes(value);
	}

	@Override
	public Deserializer<T> deserializer() {
		return (topic, bytes) -> bytes == null ? null : reader.readValue(bytes);
	}

}
