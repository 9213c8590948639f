package org.trialstream.adverseevent.alerting;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.trialstream.adverseevent.config.AdverseEventProperties;
import org.trialstream.avro.Topics;

/**
 * Writes alert changes to safety.safety-alert-raised.v1, -updated.v1, -acknowledged.v1 and -escalated.v1, keyed
 * trialId:subjectId, and returns only once the broker acknowledged the write (acks=all).
 */
@Component
public class SafetyAlertPublisher {

	private final KafkaTemplate<String, Object> kafkaTemplate;

	private final long timeoutMillis;

	public SafetyAlertPublisher(KafkaTemplate<String, Object> kafkaTemplate, AdverseEventProperties properties) {
		this.kafkaTemplate = kafkaTemplate;
		this.timeoutMillis = properties.publishTimeout().toMillis();
	}

	public void publish(AlertChange change, Alert alert) {
		SpecificRecord event = SafetyEventMapping.toAvro(change, alert);
		String key = Topics.subjectKey(alert.trialId(), alert.subjectId());
		try {
			kafkaTemplate.send(topic(change), key, event).get(timeoutMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing alert " + alert.alertId(), ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The broker did not acknowledge alert " + alert.alertId(), ex);
		}
	}

	static String topic(AlertChange change) {
		return switch (change) {
			case AlertChange.Raised raised -> Topics.SAFETY_ALERT_RAISED;
			case AlertChange.Updated updated -> Topics.SAFETY_ALERT_UPDATED;
			case AlertChange.Acknowledged ack -> Topics.SAFETY_ALERT_ACKNOWLEDGED;
			case AlertChange.Escalated escalated -> Topics.SAFETY_ALERT_ESCALATED;
		};
	}

}
