package org.trialstream.avro.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.Encoder;
import org.apache.avro.io.EncoderFactory;

/**
 * A datum writer that encodes a record into a per-thread buffer through Avro's buffered encoder and hands the bytes
 * to the given binary encoder in one call. Apicurio's serializer gives the writer a direct encoder over a
 * {@link ByteArrayOutputStream}, which takes every varint and string byte by byte through a synchronized write.
 * The bytes are the same; any other encoder (JSON) gets the delegate's output as is.
 */
final class BufferedDatumWriter<T> implements DatumWriter<T> {

	/** A buffer grown past this by one large record is let go rather than kept by its thread. */
	static final int KEPT_BUFFER_BYTES = 64 * 1024;

	private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

	private final DatumWriter<T> delegate;

	BufferedDatumWriter(DatumWriter<T> delegate) {
		this.delegate = delegate;
	}

	@Override
	public void setSchema(Schema schema) {
		delegate.setSchema(schema);
	}

	@Override
	public void write(T datum, Encoder out) throws IOException {
		if (!(out instanceof BinaryEncoder)) {
			delegate.write(datum, out);
			return;
		}
		Buffer buffer = BUFFERS.get();
		buffer.bytes.reset();
		buffer.encoder = EncoderFactory.get().binaryEncoder(buffer.bytes, buffer.encoder);
		delegate.write(datum, buffer.encoder);
		buffer.encoder.flush();
		out.writeFixed(buffer.bytes.array(), 0, buffer.bytes.size());
		if (buffer.bytes.array().length > KEPT_BUFFER_BYTES) {
			BUFFERS.remove();
		}
	}

	/** The written bytes, readable without the copy {@link ByteArrayOutputStream#toByteArray()} makes. */
	private static final class Bytes extends ByteArrayOutputStream {

		Bytes() {
			super(2048);
		}

		byte[] array() {
			return buf;
		}

	}

	private static final class Buffer {

		private final Bytes bytes = new Bytes();

		private BinaryEncoder encoder;

	}

}
