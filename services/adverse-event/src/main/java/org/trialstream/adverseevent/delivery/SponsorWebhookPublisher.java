package org.trialstream.adverseevent.delivery;

import java.net.URI;

import jakarta.annotation.PreDestroy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.trialstream.adverseevent.alerting.AlertLog;
import org.trialstream.adverseevent.config.AdverseEventProperties;
import org.trialstream.adverseevent.console.AlertView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every alert change to the sponsor's safety system when {@code trialstream.adverse-event.webhook.url} is
 * set. It follows the alert log from the moment the service has started, after the log was rebuilt from the safety
 * topics, so a restart does not resend history.
 */
@Component
@ConditionalOnExpression("!'${trialstream.adverse-event.webhook.url:}'.isBlank()")
class SponsorWebhookPublisher {

	private final AlertLog log;

	private final WebhookDelivery delivery;

	SponsorWebhookPublisher(AdverseEventProperties properties, AlertLog log, JsonMapper jsonMapper) {
		AdverseEventProperties.Webhook webhook = properties.webhook();
		this.log = log;
		this.delivery = new WebhookDelivery(URI.create(webhook.url()), webhook.maxAttempts(), webhook.initialBackoff(),
				entry -> jsonMapper.writeValueAsString(new AlertView.StreamEvent(entry.sequence(),
						entry.type().eventName(), entry.eventId(), AlertView.of(entry.alert()))));
	}

	@EventListener(ApplicationStartedEvent.class)
	void follow() {
		log.subscribe(log.lastSequence(), delivery);
	}

	@PreDestroy
	void close() {
		delivery.close();
	}

}
