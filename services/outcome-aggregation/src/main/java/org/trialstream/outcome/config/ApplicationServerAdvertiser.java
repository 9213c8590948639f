package org.trialstream.outcome.config;

import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * Sets Kafka Streams' {@code application.server} to this instance's real HTTP address (the port may be chosen at
 * start). The web server starts in an earlier lifecycle phase than Kafka Streams, so this runs before the streams do.
 */
class ApplicationServerAdvertiser implements ApplicationListener<WebServerInitializedEvent> {

	private final StreamsBuilderFactoryBean factoryBean;

	private final String host;

	ApplicationServerAdvertiser(StreamsBuilderFactoryBean factoryBean, String host) {
		this.factoryBean = factoryBean;
		this.host = host;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		Properties config = new Properties();
		config.putAll(factoryBean.getStreamsConfiguration());
		config.put(StreamsConfig.APPLICATION_SERVER_CONFIG, host + ":" + event.getWebServer().getPort());
		factoryBean.setStreamsConfiguration(config);
	}

}
