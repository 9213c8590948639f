package org.trialstream.sitecapture.web;

import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.security.ActorResolver;
import tools.jackson.databind.json.JsonMapper;

/** Registers the body size limit ahead of security (a huge body is refused before anything else) and the actor. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	/** Ahead of Spring Security's filter chain (order -100). */
	static final int BODY_LIMIT_ORDER = -200;

	private final ActorResolver actors;

	WebConfig(ActorResolver actors) {
		this.actors = actors;
	}

	@Bean
	FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(SiteCaptureProperties properties,
			JsonMapper json) {
		FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
				new BodySizeLimitFilter(properties.maxBodySize().toBytes(), properties.maxBatchBodySize().toBytes(), json));
		registration.setOrder(BODY_LIMIT_ORDER);
		return registration;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(actors);
	}

}
