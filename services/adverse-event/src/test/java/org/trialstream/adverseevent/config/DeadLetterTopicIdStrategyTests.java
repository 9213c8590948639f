package org.trialstream.adverseevent.config;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.config.SerdeConfig;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.trialstream.adverseevent.flow.CaptureEvents;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.AdverseEventReported;
import org.trialstream.avro.capture.Causality;
import org.trialstream.avro.capture.SeriousnessCriterion;
import org.trialstream.testkit.PlatformClients;
import org.trialstream.testkit.SharedPlatform;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record that failed in a listener is dead-lettered in its own schema: against the real registry, where nothing
 * is registered for the -dlt topic, the dead-letter serializer finds the original topic's schema.
 */
class DeadLetterTopicIdStrategyTests {

	@Test
	void writesADeadLetterInItsOriginalTopicsSchema() {
		Map<String, Object> config = new HashMap<>(PlatformClients.serdeConfig(SharedPlatform.get()));
		config.put(SerdeConfig.ARTIFACT_RESOLVER_STRATEGY, DeadLetterTopicIdStrategy.class.getName());
		AdverseEventReported reported = CaptureEvents.reported(CaptureEvents.newSubject(), "AE-" + UUID.randomUUID(),
				CaptureEvents.seriousCase("sepsis", Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION));
		String deadLetterTopic = Topics.deadLetter(Topics.ADVERSE_EVENT_REPORTED);

		byte[] bytes;
		try (AvroKafkaSerializer<SpecificRecord> serializer = new AvroKafkaSerializer<>()) {
			serializer.configure(config, false);
			bytes = serializer.serialize(deadLetterTopic, reported);
		}

		try (AvroKafkaDeserializer<SpecificRecord> deserializer = new AvroKafkaDeserializer<>()) {
			deserializer.configure(PlatformClients.serdeConfig(SharedPlatform.get()), false);
			assertThat(deserializer.deserialize(deadLetterTopic, bytes)).isEqualTo(reported);
		}
	}

}
