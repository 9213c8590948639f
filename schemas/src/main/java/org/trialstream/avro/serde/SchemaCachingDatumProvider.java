package org.trialstream.avro.serde;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Apicurio's datum provider, with its readers and writers found by the schema instance instead of by the schema's
 * parsing fingerprint, which the default provider computes for every record (it renders the whole schema as text
 * first): a fifth of a service's CPU per record, and most of its garbage, in the benchmark's profiles. The schema
 * instances come from the serde's schema cache (reading) and the generated classes (writing), so there are a
 * handful; the cache is cleared if that ever stops holding. Records are written through a per-thread buffer
 * ({@link BufferedDatumWriter}). Set it with
 * {@code apicurio.registry.avro-datum-provider} on every Apicurio serializer and deserializer.
 */
public class SchemaCachingDatumProvider<T> extends DefaultAvroDatumProvider<T> {

	static final int MAX_SCHEMAS = 256;

	/** A schema by identity (Schema.equals and hashCode compare contents), and whether a specific record. */
	private record Identity(Schema schema, boolean specific) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Identity that && schema == that.schema && specific == that.specific;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(schema) * 31 + (specific ? 1 : 0);
		}

	}

	private final Map<Identity, DatumWriter<T>> writers = new ConcurrentHashMap<>();

	private final Map<Identity, DatumReader<T>> readers = new ConcurrentHashMap<>();

	@Override
	public DatumWriter<T> createDatumWriter(T data, Schema schema) {
		Identity key = new Identity(schema, data instanceof SpecificRecord);
		DatumWriter<T> writer = writers.get(key);
		if (writer == null) {
			writer = new BufferedDatumWriter<>(super.createDatumWriter(data, schema));
			bounded(writers).put(key, writer);
		}
		return writer;
	}

	@Override
	public DatumReader<T> createDatumReader(Schema schema) {
		Identity key = new Identity(schema, false);
		DatumReader<T> reader = readers.get(key);
		if (reader == null) {
			reader = newDatumReader(schema);
			bounded(readers).put(key, reader);
		}
		return reader;
	}

	/** The reader to cache for a writer schema not seen before: Apicurio's, unless a subclass reads it otherwise. */
	protected DatumReader<T> newDatumReader(Schema schema) {
		return super.createDatumReader(schema);
	}

	int cachedReaders() {
		return readers.size();
	}

	private static <V> Map<Identity, V> bounded(Map<Identity, V> cache) {
		if (cache.size() >= MAX_SCHEMAS) {
			cache.clear();
		}
		return cache;
	}

}
