package org.trialstream.outcome.topology;

import java.util.function.Function;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde over one of this topology's binary codecs ({@link SubjectStateCodec}, {@link SummaryCodec}). These
 * records are private to the service (no other service reads them), so they need no registry subject; each starts
 * with a format version byte. Earlier versions of the service stored JSON, which starts with '{' and is still read
 * (by {@link JsonSerde}), so an instance restored from an older changelog keeps working and rewrites it in binary.
 */
final class BinarySerde<T> implements Serde<T> {

	private final Function<T, byte[]> encoder;

	private final Function<byte[], T> decoder;

	private final Deserializer<T> legacyJson;

	BinarySerde(Class<T> type, Function<T, byte[]> encoder, Function<byte[], T> decoder) {
		this.encoder = encoder;
		this.decoder = decoder;
		this.legacyJson = new JsonSerde<>(type).deserializer();
	}

	@Override
	public Serializer<T> serializer() {
		return (topic, value) -> value == null ? null : encoder.apply(value);
	}

	@Override
	public Deserializer<T> deserializer() {
		return (topic, bytes) -> {
			if (bytes == null) {
				return null;
			}
			return bytes.length > 0 && bytes[0] == '{' ? legacyJson.deserialize(topic, bytes) : decoder.apply(bytes);
		};
	}

}
