package org.trialstream.adverseevent.config;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.trialstream.adverseevent.alerting.AlertBook;
import org.trialstream.adverseevent.alerting.AlertLog;
import org.trialstream.protocol.TrialProtocols;

/** The plain-Java pieces the service wires together: protocols, the UTC clock, the alert log and book. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(AdverseEventProperties.class)
public class AlertingConfig {

	@Bean
	TrialProtocols trialProtocols() {
		return TrialProtocols.loadDefault();
	}

	/** Millisecond ticks: the precision Avro's timestamp-millis keeps, so replayed events compare equal. */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1)).withZone(ZoneOffset.UTC);
	}

	@Bean
	AlertLog alertLog() {
		return new AlertLog();
	}

	@Bean
	AlertBook alertBook(AlertLog alertLog) {
		return new AlertBook(alertLog);
	}

}
