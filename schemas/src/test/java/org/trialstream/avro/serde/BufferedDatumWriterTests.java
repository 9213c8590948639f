package org.trialstream.avro.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;
import org.trialstream.avro.common.Actor;
import org.trialstream.avro.common.ActorRole;
import org.trialstream.avro.common.EventMetadata;

class BufferedDatumWriterTests {

	private static EventMetadata metadata(String source) {
		return EventMetadata.newBuilder()
			.setEventId(UUID.fromString("5f0c6f3e-8d1a-4c47-9a55-2f7b0d8c1e21"))
			.setOccurredAt(Instant.parse("2026-11-22T08:00:00Z"))
			.setRecordedAt(Instant.parse("2026-11-22T08:00:01Z"))
			.setSource(source)
			.setTrialId("LEGEND-1")
			.setSiteId("US-07")
			.setActor(new Actor("site-us07", ActorRole.SITE))
			.setCorrelationId("µ-corrélation")
			.build();
	}

	private static byte[] written(DatumWriter<EventMetadata> writer, EventMetadata record, boolean direct)
			throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		// Apicurio's serializer: the magic byte and schema id first, then a direct encoder over the same stream.
		bytes.write(new byte[] { 0, 0, 0, 0, 42 });
		Encoder encoder = direct ? EncoderFactory.get().directBinaryEncoder(bytes, null)
				: EncoderFactory.get().jsonEncoder(EventMetadata.getClassSchema(), bytes);
		writer.write(record, encoder);
		encoder.flush();
		return bytes.toByteArray();
	}

	@Test
	void writesTheSameBytesAsAvrosWriterOnTheSerializersDirectEncoder() throws IOException {
		// Given Avro's writer and the buffered one around another instance of it
		SpecificDatumWriter<EventMetadata> avro = new SpecificDatumWriter<>(EventMetadata.class);
		BufferedDatumWriter<EventMetadata> buffered = new BufferedDatumWriter<>(
				new SpecificDatumWriter<>(EventMetadata.class));

		// When records of growing size are written one after the other, the last far beyond the kept buffer
		for (int size : new int[] { 10, 3_000, 10, BufferedDatumWriter.KEPT_BUFFER_BYTES * 2, 10 }) {
			EventMetadata record = metadata("s".repeat(size));

			// Then each comes out byte for byte as Avro's writer writes it
			assertThat(written(buffered, record, true)).isEqualTo(written(avro, record, true));
		}
	}

	@Test
	void leavesAnEncoderThatIsNotBinaryToTheWriterItWraps() throws IOException {
		EventMetadata record = metadata("site-capture");
		SpecificDatumWriter<EventMetadata> avro = new SpecificDatumWriter<>(EventMetadata.class);

		byte[] json = written(new BufferedDatumWriter<>(new SpecificDatumWriter<>(EventMetadata.class)), record, false);

		assertThat(json).isEqualTo(written(avro, record, false));
		assertThat(new String(json, 5, json.length - 5, StandardCharsets.UTF_8)).contains("\"source\":\"site-capture\"");
	}

}
