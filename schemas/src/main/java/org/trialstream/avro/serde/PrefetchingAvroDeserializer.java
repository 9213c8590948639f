package org.trialstream.avro.serde;

import java.util.Map;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;

/**
 * Apicurio's Avro deserializer that looks up the value schemas of the topics under
 * {@code trialstream.schemas.prefetch-topics} when it is configured, that is when its consumer is created, instead
 * of on the first record of each type (see {@link SchemaPrefetch}). Records written with an older version of a
 * schema are still looked up on first sight.
 */
public class PrefetchingAvroDeserializer<U> extends AvroKafkaDeserializer<U> {

	@Override
	public void configure(Map<String, ?> configs, boolean isKey) {
		super.configure(configs, isKey);
		if (!isKey) {
			SchemaPrefetch.resolve(getSchemaResolver(), SchemaPrefetch.topicsFrom(configs));
		}
	}

}
