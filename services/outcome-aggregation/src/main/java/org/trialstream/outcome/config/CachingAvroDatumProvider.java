package org.trialstream.outcome.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;

/**
 * Apicurio's datum provider, with its readers cached by writer schema instance. The default one looks its cached
 * reader up by the schema's parsing fingerprint, which it recomputes (a canonical form of the whole schema, then a
 * hash) for every record: a tenth of the topology's CPU when replaying the topics. The registry client hands out one
 * parsed schema per id, and a schema caches its hash code, so this lookup costs a map probe.
 */
public class CachingAvroDatumProvider<T> extends DefaultAvroDatumProvider<T> {

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
