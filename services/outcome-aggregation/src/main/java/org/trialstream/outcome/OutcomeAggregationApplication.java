package org.trialstream.outcome;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** outcome-aggregation: a Kafka Streams topology that turns the event stream into live outcomes, pooled for sponsors and by arm for the DMC. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OutcomeAggregationApplication {

	public static void main(String[] args) {
		SpringApplication.run(OutcomeAggregationApplication.class, args);
	}

}
