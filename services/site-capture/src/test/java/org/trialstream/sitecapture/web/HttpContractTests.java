package org.trialstream.sitecapture.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.trialstream.protocol.TrialProtocols;
import org.trialstream.sitecapture.adverseevent.AdverseEventService;
import org.trialstream.sitecapture.config.SiteCaptureProperties;
import org.trialstream.sitecapture.enrolment.EnrolmentService;
import org.trialstream.sitecapture.events.BrokerUnavailableException;
import org.trialstream.sitecapture.security.LocalUsers;
import org.trialstream.sitecapture.security.SecurityConfig;
import org.trialstream.sitecapture.security.SecurityProperties;
import org.trialstream.sitecapture.subject.RecordedVisits;
import org.trialstream.sitecapture.subject.SubjectLookup;
import org.trialstream.sitecapture.visit.VisitBatchService;
import org.trialstream.sitecapture.visit.VisitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/**
 * The HTTP contract of the web layer on its own (controllers, security, problem details, body limit), with the
 * features behind it stubbed: here a broker that did not acknowledge, which the API tests cannot provoke on the
 * shared broker.
 */
@WebMvcTest
@EnableConfigurationProperties({ SecurityProperties.class, SiteCaptureProperties.class })
@Import({ SecurityConfig.class, LocalUsers.class, HttpContractTests.SliceConfig.class })
class HttpContractTests {

	private static final String VISIT = """
			{"visitCode": "D28", "visitDate": "2026-07-01", "limbs": [{"laterality": "LEFT", "perfusion": {"abi": 0.6}}]}""";

	/** The trial protocols, and Spring Security, which this slice does not configure by itself. */
	@TestConfiguration
	@EnableWebSecurity
	static class SliceConfig {

		@Bean
		TrialProtocols trialProtocols() {
			return TrialProtocols.loadDefault();
		}

	}

	@MockitoBean
	VisitService visits;

	@MockitoBean
	VisitBatchService batches;

	@MockitoBean
	EnrolmentService enrolments;

	@MockitoBean
	AdverseEventService adverseEvents;

	@MockitoBean
	SubjectLookup lookup;

	@MockitoBean
	RecordedVisits recordedVisits;

	@Autowired
	MockMvcTester mvc;

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void answers503WithRetryAfterAndNeverA2xxWhenTheBrokerDoesNotAcknowledge() {
		// Given
		given(visits.record(any(), eq("LEGEND-1"), eq("US-01-0001"), any(), any()))
			.willThrow(new BrokerUnavailableException("no ack", new TimeoutException()));

		// When / Then
		assertThat(mvc.post()
			.uri("/api/v1/trials/LEGEND-1/subjects/US-01-0001/visits")
			.header("Authorization", basic("site-us01"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(VISIT)).hasStatus(503)
			.hasHeader("Retry-After", "5")
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("urn:trialstream:problem:broker-unavailable");
	}

	@Test
	void asksAnonymousCallersToAuthenticateWithAProblemBody() {
		assertThat(mvc.post()
			.uri("/api/v1/trials/LEGEND-1/subjects/US-01-0001/visits")
			.contentType(MediaType.APPLICATION_JSON)
			.content(VISIT)).hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesAWrongPassword() {
		assertThat(mvc.get()
			.uri("/api/v1/trials/LEGEND-1/subjects/US-01-0001")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("dmc:guess".getBytes()))).hasStatus(401);
	}

	@Test
	void refusesUnsupportedMediaTypeAsAProblem() {
		assertThat(mvc.post()
			.uri("/api/v1/trials/LEGEND-1/subjects/US-01-0001/visits")
			.header("Authorization", basic("site-us01"))
			.contentType(MediaType.TEXT_PLAIN)
			.content("visit D28")).hasStatus(415)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
