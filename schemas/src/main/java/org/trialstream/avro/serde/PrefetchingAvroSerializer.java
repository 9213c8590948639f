package org.trialstream.avro.serde;

import java.util.Map;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

/**
 * Apicurio's Avro serializer that looks up the value schemas of the topics under
 * {@code trialstream.schemas.prefetch-topics} when it is configured, that is when the producer is created, instead
 * of on the first record of each type (see {@link SchemaPrefetch}).
 */
public class PrefetchingAvroSerializer<U> extends AvroKafkaSerializer<U> {

	@Override
	public void configure(Map<String, ?> configs, boolean isKey) {
		super.configure(configs, isKey);
		if (!isKey) {
			SchemaPrefetch.resolve(getSchemaResolver(), SchemaPrefetch.topicsFrom(configs));
		}
	}

}
