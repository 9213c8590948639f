package org.trialstream.adverseevent.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * The Kafka listeners run on platform threads of their own, not on the virtual threads the rest of the service uses.
 * A listener works through a whole poll without yielding, and virtual threads share one carrier per core: a poll of
 * dozens of visits would hold back the adverse-event listener, and the monitors' streams behind it, until it is
 * done. The operating system time-slices platform threads, so a serious adverse event does not wait for a batch of
 * visits, and the carriers stay free for the web server and the SSE streams.
 */
@Configuration(proxyBeanMethods = false)
public class ListenerThreadsConfig {

	@Bean
	ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> platformListenerThreads() {
		return container -> container.getContainerProperties()
			.setListenerTaskExecutor(new SimpleAsyncTaskExecutor(container.getListenerId() + "-"));
	}

}
