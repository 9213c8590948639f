package org.trialstream.adverseevent.config;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class AdverseEventPropertiesTests {

	private static AdverseEventProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values))
			.bindOrCreate("trialstream.adverse-event", AdverseEventProperties.class);
	}

	@Test
	void leavesEscalationToTheProtocolsWhenTheOverrideIsEmpty() {
		// As application.yml binds it when ADVERSE_EVENT_ESCALATE_AFTER is not set
		AdverseEventProperties properties = bind(Map.of("trialstream.adverse-event.escalation.after", ""));

		assertThat(properties.escalation().after()).isNull();
		assertThat(properties.escalation().checkInterval()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.webhook().enabled()).isFalse();
		assertThat(properties.publishTimeout()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void bindsUsersWithTheirTrials() {
		AdverseEventProperties properties = bind(Map.of("trialstream.adverse-event.users[0].username", "monitor-legend",
				"trialstream.adverse-event.users[0].password", "{noop}x", "trialstream.adverse-event.users[0].role",
				"MONITOR", "trialstream.adverse-event.users[0].trials[0]", "LEGEND-1",
				"trialstream.adverse-event.escalation.after", "2s"));

		assertThat(properties.users()).singleElement().satisfies(user -> {
			assertThat(user.username()).isEqualTo("monitor-legend");
			assertThat(user.trials()).containsExactly("LEGEND-1");
		});
		assertThat(properties.escalation().after()).isEqualTo(Duration.ofSeconds(2));
	}

}
