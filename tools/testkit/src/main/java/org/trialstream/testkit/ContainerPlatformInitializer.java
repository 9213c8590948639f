package org.trialstream.testkit;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the {@link ContainerPlatform}. Use on {@code *IT} classes marked
 * {@code @Testcontainers(disabledWithoutDocker = true)}, so they skip where Docker is missing.
 */
public class ContainerPlatformInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("trialstream-container-platform", PlatformProperties.of(ContainerPlatform.get())));
	}

}
