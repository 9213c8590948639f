package org.trialstream.outcome.topology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.trialstream.avro.TopicCatalog;

/**
 * Plain Avro binary with no registry: the writer's schema is the topic's catalogued value schema, so the topology
 * under test reads exactly the records the registry-backed serde would give it.
 */
final class PlainAvroSerde implements Serde<SpecificRecord> {

	@Override
	public Serializer<SpecificRecord> serializer() {
		return (topic, record) -> {
			if (record == null) {
				return null;
			}
			try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
				new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
				encoder.flush();
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	@Override
	public Deserializer<SpecificRecord> deserializer() {
		return (topic, bytes) -> {
			if (bytes == null) {
				return null;
			}
			Schema schema = TopicCatalog.ENTRIES.stream()
				.filter(entry -> entry.topic().equals(topic))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No schema for topic " + topic))
				.valueSchema();
			try {
				return new SpecificDatumReader<SpecificRecord>(schema, schema, SpecificData.getForSchema(schema))
					.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

}
