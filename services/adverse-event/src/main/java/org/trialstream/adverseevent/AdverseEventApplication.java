package org.trialstream.adverseevent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** adverse-event: detects safety signals in the capture topics and pushes alerts with their regulatory clocks to safety monitors. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AdverseEventApplication {

	public static void main(String[] args) {
		SpringApplication.run(AdverseEventApplication.class, args);
	}

}
