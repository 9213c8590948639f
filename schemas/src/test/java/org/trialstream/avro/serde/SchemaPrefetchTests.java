package org.trialstream.avro.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.apicurio.registry.resolver.SchemaLookupResult;
import io.apicurio.registry.resolver.SchemaParser;
import io.apicurio.registry.resolver.SchemaResolver;
import io.apicurio.registry.resolver.client.RegistryClientFacade;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.resolver.strategy.ArtifactReference;
import io.apicurio.registry.resolver.strategy.ArtifactReferenceResolverStrategy;
import io.apicurio.registry.serde.data.SerdeMetadata;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.safety.SafetyAlertRaised;

/**
 * The prefetch asks the serde's own resolver for each named topic's schema, with what the resolver reads (topic and
 * the record's schema); the resolver here records the questions instead of asking a registry.
 */
class SchemaPrefetchTests {

	@Test
	void asksTheResolverForTheSchemaOfEachTopicAsARecordOfThatTopicWouldBeSerialized() {
		RecordingResolver resolver = new RecordingResolver();

		List<SchemaLookupResult<Schema>> found = SchemaPrefetch.resolve(resolver,
				List.of(Topics.ADVERSE_EVENT_REPORTED, Topics.SAFETY_ALERT_RAISED));

		assertThat(found).hasSize(2);
		assertThat(resolver.asked).extracting(record -> ((SerdeMetadata) record.metadata()).getTopic())
			.containsExactly(Topics.ADVERSE_EVENT_REPORTED, Topics.SAFETY_ALERT_RAISED);
		// The generated classes, so the schema instance is the one every real record of the topic carries.
		assertThat(resolver.asked.get(0).payload()).isInstanceOf(AdverseEventReported.class);
		assertThat(((SpecificRecord) resolver.asked.get(1).payload()).getSchema())
			.isSameAs(SafetyAlertRaised.getClassSchema());
		assertThat(resolver.asked).allSatisfy(record -> assertThat(((SerdeMetadata) record.metadata()).isKey()).isFalse());
	}

	@Test
	void aRegistryThatCannotBeReachedLeavesTheLookupsToFirstUse() {
		RecordingResolver resolver = new RecordingResolver();
		resolver.failWith = new IllegalStateException("Connection refused: 127.0.0.1:8081");

		assertThat(SchemaPrefetch.resolve(resolver, List.of(Topics.VISIT_RECORDED))).isEmpty();
	}

	@Test
	void aTopicOutsideTheCatalogIsNamedInTheWarningAndNothingIsResolved() {
		RecordingResolver resolver = new RecordingResolver();

		assertThat(SchemaPrefetch.resolve(resolver, List.of("capture.no-such-topic.v1"))).isEmpty();
		assertThat(resolver.asked).isEmpty();
	}

	@Test
	void readsTheTopicsFromACommaSeparatedStringOrAList() {
		assertThat(SchemaPrefetch.topicsFrom(Map.of(SchemaPrefetch.PREFETCH_TOPICS, " a.v1, b.v1 ,,")))
			.containsExactly("a.v1", "b.v1");
		assertThat(SchemaPrefetch.topicsFrom(Map.of(SchemaPrefetch.PREFETCH_TOPICS, List.of("a.v1", "b.v1"))))
			.containsExactly("a.v1", "b.v1");
		assertThat(SchemaPrefetch.topicsFrom(Map.of())).isEmpty();
	}

	private static final class RecordingResolver implements SchemaResolver<Schema, Object> {

		final List<Record<Object>> asked = new ArrayList<>();

		RuntimeException failWith;

		@Override
		public SchemaLookupResult<Schema> resolveSchema(Record<Object> data) {
			if (failWith != null) {
				throw failWith;
			}
			asked.add(data);
			return SchemaLookupResult.<Schema>builder().globalId((long) asked.size()).build();
		}

		@Override
		public SchemaLookupResult<Schema> resolveSchemaByArtifactReference(ArtifactReference reference) {
			throw new UnsupportedOperationException("not used by the prefetch");
		}

		@Override
		public void setClientFacade(RegistryClientFacade clientFacade) {
		}

		@Override
		public void setArtifactResolverStrategy(ArtifactReferenceResolverStrategy<Schema, Object> strategy) {
		}

		@Override
		public SchemaParser<Schema, Object> getSchemaParser() {
			return null;
		}

		@Override
		public void reset() {
		}

		@Override
		public void close() {
		}

	}

}
