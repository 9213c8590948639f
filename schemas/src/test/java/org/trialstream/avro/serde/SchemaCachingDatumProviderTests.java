package org.trialstream.avro.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;
import org.trialstream.avro.common.Actor;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.common.EventMetadata;

class SchemaCachingDatumProviderTests {

	private static EventMetadata metadata() {
		return EventMetadata.newBuilder()
			.setEventId(UUID.randomUUID())
			.setOccurredAt(Instant.parse("2026-11-22T08:00:00Z"))
			.setRecordedAt(Instant.parse("2026-11-22T08:00:01Z"))
			.setSource("site-capture")
			.setTrialId("LEGEND-1")
			.setSiteId("US-07")
			.setActor(new Actor("site-us07", ActorRole.SITE))
			.setCorrelationId(null)
			.build();
	}

	@Test
	void writesAndReadsARecordWithTheReaderAndWriterItCachedForTheSchema() throws IOException {
		// Given the provider configured as the serdes use it
		SchemaCachingDatumProvider<Object> provider = new SchemaCachingDatumProvider<>();
		provider.setUseSpecificAvroReader(true);
		EventMetadata written = metadata();
		Schema schema = EventMetadata.getClassSchema();

		// When a record is written and read back twice
		EventMetadata first = roundTrip(provider, written, schema);
		EventMetadata second = roundTrip(provider, written, schema);

		// Then both read back equal to what was written, through one cached reader
		assertThat(first).isEqualTo(written);
		assertThat(second).isEqualTo(written);
		assertThat(provider.cachedReaders()).isEqualTo(1);
		assertThat(provider.createDatumReader(schema)).isSameAs(provider.createDatumReader(schema));
		assertThat(provider.createDatumWriter(written, schema)).isSameAs(provider.createDatumWriter(written, schema));
	}

	private static EventMetadata roundTrip(SchemaCachingDatumProvider<Object> provider, EventMetadata record,
			Schema schema) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
		provider.createDatumWriter(record, schema).write(record, encoder);
		encoder.flush();
		BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null);
		return (EventMetadata) provider.createDatumReader(schema).read(null, decoder);
	}

}
