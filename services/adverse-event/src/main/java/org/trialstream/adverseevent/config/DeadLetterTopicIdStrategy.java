package org.trialstream.adverseevent.config;

import io.apicurio.registry.resolver.ParsedSchema;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.apicurio.registry.serde.strategy.TopicIdStrategy;

/**
 * Writes a dead letter in its original topic's schema: {@code <topic>-dlt} resolves to the artifact
 * {@code <topic>-value}, so the dead letter stays readable with the registered schema and no schema is registered
 * for the dead-letter topic.
 */
public class DeadLetterTopicIdStrategy<T> extends TopicIdStrategy<T> {

	private static final String DEAD_LETTER_SUFFIX = "-dlt-value";

	@Override
	public ArtifactReference artifactReference(Record<Object> data, ParsedSchema<T> parsedSchema) {
		ArtifactReference reference = super.artifactReference(data, parsedSchema);
		String artifactId = reference.getArtifactId();
		if (artifactId == null || !artifactId.endsWith(DEAD_LETTER_SUFFIX)) {
			return reference;
		}
		return ArtifactReference.builder()
			.groupId(reference.getGroupId())
			.artifactId(artifactId.substring(0, artifactId.length() - DEAD_LETTER_SUFFIX.length()) + "-value")
			.build();
	}

}
