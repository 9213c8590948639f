package org.trialstream.sitecapture;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** site-capture: the only way data enters the platform. Trial sites POST visits and adverse events over HTTP; each accepted write is an Avro event the broker acknowledged before the 2xx goes out. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SiteCaptureApplication {

	public static void main(String[] args) {
		SpringApplication.run(SiteCaptureApplication.class, args);
	}

}
