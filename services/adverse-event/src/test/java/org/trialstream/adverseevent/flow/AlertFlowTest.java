package org.trialstream.adverseevent.flow;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.trialstream.avro.Topics;
import org.trialstream.testkit.SharedPlatform;
import org.trialstream.testkit.TopicProbe;

/** A flow test about one fresh subject, reading the alerts raised and updated for it. */
abstract class AlertFlowTest extends PlatformFlowTest {

	TopicProbe<SpecificRecord> alerts;

	final String subject = CaptureEvents.newSubject();

	@BeforeEach
	void openAlertProbe() {
		alerts = TopicProbe.avro(SharedPlatform.get(), Topics.SAFETY_ALERT_RAISED, Topics.SAFETY_ALERT_UPDATED);
	}

	@AfterEach
	void closeAlertProbe() {
		alerts.close();
	}

}
