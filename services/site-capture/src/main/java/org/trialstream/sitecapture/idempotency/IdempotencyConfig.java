package org.trialstream.sitecapture.idempotency;

import java.time.Clock;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import tools.jackson.databind.json.JsonMapper;

/** The idempotency store and its filter, placed after Spring Security so that keys are scoped to the user. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfig {

	@Bean
	IdempotencyStore idempotencyStore(SiteCaptureProperties properties) {
		return new IdempotencyStore(properties.idempotency().retention(), properties.idempotency().maxEntries(),
				properties.idempotency().maxSize().toBytes());
	}

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store, JsonMapper json,
			Clock clock) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(store, json, clock));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

}
