package org.trialstream.sitecapture.web;

import java.util.List;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.security.ActorResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the admission limit and the body size limit ahead of security (an overloaded service or a huge body is
 * refused before anything else) and the actor.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	/** First of all: an overloaded service refuses before reading the body or authenticating. */
	static final int ADMISSION_ORDER = -300;

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

	@Bean
	FilterRegistrationBean<AdmissionFilter> admissionFilter(SiteCaptureProperties properties, JsonMapper json) {
		FilterRegistrationBean<AdmissionFilter> registration = new FilterRegistrationBean<>(
				new AdmissionFilter(properties.admission(), properties.retryAfter(), json));
		registration.setOrder(ADMISSION_ORDER);
		return registration;
	}

	/**
	 * Tomcat keeps up to 500 closed connections' channels with two 8 KB buffers each for reuse: 8 MB of a 128 MB
	 * heap after a burst of connections. A few dozen are enough to reuse.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectionBufferPool() {
		return factory -> factory.addConnectorCustomizers(connector -> connector.setProperty("socket.bufferPool", "64"));
	}

	@Bean
	BoundedRequestThreads boundedRequestThreads(SiteCaptureProperties properties) {
		return new BoundedRequestThreads(properties.admission().maxRequests());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(actors);
	}

}
