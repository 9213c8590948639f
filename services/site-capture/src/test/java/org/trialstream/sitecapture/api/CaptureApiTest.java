package org.trialstream.sitecapture.api;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trialstream.avro.Topics;
import org.trialstream.testkit.SharedPlatform;
import org.trialstream.testkit.TopicProbe;

/**
 * What every API test class starts from: the service on its random port, a client for it, and a probe reading every
 * capture topic from the beginning (tests match on the subjects they enrolled themselves).
 */
@SiteCaptureApiTest
abstract class CaptureApiTest {

	static TopicProbe<SpecificRecord> probe;

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeAll
	static void openProbe() {
		probe = TopicProbe.avro(SharedPlatform.get(), Topics.SUBJECT_ENROLLED, Topics.VISIT_RECORDED,
				Topics.VISIT_CORRECTED, Topics.PROTOCOL_DEVIATION_RECORDED, Topics.ADVERSE_EVENT_REPORTED,
				Topics.ADVERSE_EVENT_UPDATED);
	}

	@AfterAll
	static void closeProbe() {
		probe.close();
	}

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

}
