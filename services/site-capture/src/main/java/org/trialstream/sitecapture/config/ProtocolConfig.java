package org.trialstream.sitecapture.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trialstream.protocol.TrialProtocols;

/** The trial protocols (seed trials plus $TRIALS_DIR) as one bean shared by the features. */
@Configuration(proxyBeanMethods = false)
class ProtocolConfig {

	@Bean
	TrialProtocols trialProtocols() {
		return TrialProtocols.loadDefault();
	}

}
