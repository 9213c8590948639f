package org.trialstream.adverseevent.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;

/**
 * Apicurio's datum provider, with its readers cached by writer schema instead of by a fingerprint of it. The default
 * provider computes the schema's parsing fingerprint (a full canonical form of the schema, rebuilt as text) for
 * every record it reads, to look up a reader it already has: a fifth of this service's CPU per visit. The writer
 * schemas come from the serde's own cache of registry lookups, so the same schema is the same instance, and its
 * hash code is computed once.
 */
public class SchemaCachingDatumProvider<T> extends DefaultAvroDatumProvider<T> {

	private final Map<Schema, DatumReader<T>> readers = new ConcurrentHashMap<>();

	@Override
	public DatumReader<T> createDatumReader(Schema schema) {
		DatumReader<T> reader = readers.get(schema);
		if (reader == null) {
			reader = super.createDatumReader(schema);
			readers.put(schema, reader);
		}
		return reader;
	}

}
