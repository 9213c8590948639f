package org.trialstream.outcome.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trialstream.avro.Topics;
import org.trialstream.avro.outcome.OutcomeSnapshot;
import org.trialstream.avro.outcome.ReportScope;
import org.trialstream.avro.outcome.TrialUnblinded;
import org.trialstream.outcome.OutcomeServiceTest;
import org.trialstream.outcome.TestTrials;
import org.trialstream.outcome.TrialEvents;
import org.trialstream.outcome.TrialEvents.LimbValues;
import org.trialstream.testkit.PlatformClients;
import org.trialstream.testkit.SharedPlatform;
import org.trialstream.testkit.TopicProbe;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trialstream.avro.common.Laterality.LEFT;

/**
 * The outcome service against the real broker and registry, on a trial that only this test writes to: sponsors get
 * the pooled report with small cells suppressed and 403 on the by-arm one while blinded; the DMC gets it by arm; the
 * DMC's unblinding opens it to sponsors; snapshots appear on the outcome topic.
 */
@OutcomeServiceTest
class OutcomeApiTests {

	static final String TRIAL = TestTrials.BLINDED;

	/** A second trial, for the unblinding test, so the blinded-trial tests hold in any order. */
	static final String TRIAL_TO_UNBLIND = TestTrials.TO_UNBLIND;

	static final Duration WAIT = Duration.ofSeconds(60);

	static final TrialEvents events = new TrialEvents(TRIAL, LocalDate.now().minusDays(60));

	static final JsonMapper json = JsonMapper.builder().build();

	static final HttpClient http = HttpClient.newHttpClient();

	static KafkaProducer<String, SpecificRecord> producer;

	@LocalServerPort
	int port;

	@BeforeAll
	static void enrolTwelveSubjectsAndOneSeriousEvent() throws Exception {
		producer = PlatformClients.avroProducer(SharedPlatform.get());
		// 11 subjects at US-01 and 1 at US-02, 6 per arm; one grade-3 serious event.
		for (int i = 1; i <= 12; i++) {
			String site = i == 12 ? "US-02" : "US-01";
			String subject = site + "-" + String.format("%04d", i);
			send(Topics.SUBJECT_ENROLLED, subject, events.enrolled(site, subject, i % 2 == 0 ? "ACTIVE" : "PLACEBO", LEFT));
			send(Topics.VISIT_RECORDED, subject, events.visit(site, subject, "D0", 0, LimbValues.open(LEFT, 4.0)));
			send(Topics.VISIT_RECORDED, subject,
					events.visit(site, subject, "D28", 28, i <= 8 ? LimbValues.closed(LEFT) : LimbValues.open(LEFT, 3.0)));
			send(Topics.VISIT_RECORDED, subject,
					events.visit(site, subject, "D42", 42, i <= 8 ? LimbValues.closed(LEFT) : LimbValues.open(LEFT, 2.5)));
		}
		send(Topics.ADVERSE_EVENT_REPORTED, "US-01-0001", events.adverseEvent("US-01", "US-01-0001", "AE-1", 3, true));
		TrialEvents other = new TrialEvents(TRIAL_TO_UNBLIND, LocalDate.now().minusDays(60));
		for (int i = 1; i <= 4; i++) {
			String subject = "US-01-" + String.format("%04d", i);
			producer.send(new ProducerRecord<>(Topics.SUBJECT_ENROLLED, Topics.subjectKey(TRIAL_TO_UNBLIND, subject),
					other.enrolled("US-01", subject, i % 2 == 0 ? "ACTIVE" : "PLACEBO", LEFT))).get();
		}
		producer.flush();
	}

	@AfterAll
	static void closeProducer() {
		producer.close();
	}

	@Test
	void sponsorSeesThePooledReportWithSmallCellsSuppressed() throws Exception {
		// When
		JsonNode report = awaitReport("sponsor", "/outcomes", r -> r.at("/pooled/counts/enrolledSubjects").asInt() == 12);

		// Then
		assertThat(report.get("scope").asString()).isEqualTo("OPEN_POOLED");
		assertThat(report.get("arms").size()).isZero();
		JsonNode pooled = report.get("pooled");
		assertThat(pooled.at("/counts/closedUnits").asInt()).isEqualTo(8);
		assertThat(pooled.at("/timeToClosure/days").asDouble()).isEqualTo(28.0);
		assertThat(pooled.at("/counts/safety.grade3").isNull()).isTrue();
		assertThat(texts(pooled.get("suppressed"))).contains("safety.grade3", "safety.seriousEvents");
		JsonNode smallSite = site(report, "US-02");
		assertThat(smallSite.at("/counts/enrolledSubjects").isNull()).isTrue();
		assertThat(texts(smallSite.get("suppressed"))).contains("enrolledSubjects");
		// the other site goes too, or 12 - 11 would give it away
		assertThat(site(report, "US-01").at("/counts/enrolledSubjects").isNull()).isTrue();
	}

	@Test
	void sponsorIsRefusedTheByArmReportWhileTheTrialIsBlinded() throws Exception {
		// Given
		awaitReport("sponsor", "/outcomes", r -> r.at("/pooled/counts/enrolledSubjects").asInt() == 12);

		// When
		HttpResponse<String> response = get("sponsor", "/outcomes/closed");

		// Then
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json.readTree(response.body()).get("type").asString()).isEqualTo("urn:trialstream:problem:trial-blinded");
	}

	@Test
	void dmcSeesTheClosedReportByArmUnsuppressed() throws Exception {
		// When
		JsonNode report = awaitReport("dmc", "/outcomes/closed", r -> r.at("/pooled/counts/safety.grade3").asInt() == 1
				&& r.at("/pooled/counts/enrolledSubjects").asInt() == 12);

		// Then
		assertThat(report.get("scope").asString()).isEqualTo("CLOSED_BY_ARM");
		assertThat(report.get("blinded").asBoolean()).isTrue();
		assertThat(arm(report, "ACTIVE").at("/counts/enrolledSubjects").asInt()).isEqualTo(6);
		assertThat(arm(report, "PLACEBO").at("/counts/enrolledSubjects").asInt()).isEqualTo(6);
		assertThat(report.at("/pooled/suppressed").size()).isZero();
	}

	@Test
	void publishesThePooledSnapshotOnTheOutcomeTopic() {
		try (TopicProbe<SpecificRecord> probe = TopicProbe.avro(SharedPlatform.get(), Topics.OUTCOME_SNAPSHOT)) {
			// When / Then
			var record = probe.awaitRecord(r -> r.value() instanceof OutcomeSnapshot s
					&& s.getMetadata().getTrialId().equals(TRIAL) && Integer.valueOf(12).equals(s.getEnrolledSubjects())
					&& s.getSuppressed() != null && s.getSuppressed().contains("safety.seriousEvents"), WAIT);
			OutcomeSnapshot snapshot = (OutcomeSnapshot) record.value();
			assertThat(record.key()).isEqualTo(TRIAL + ":*");
			assertThat(snapshot.getScope()).isEqualTo(ReportScope.OPEN_POOLED);
			assertThat(snapshot.getBlinded()).isTrue();
			assertThat(snapshot.getSafety().getSeriousEvents()).isNull();
		}
	}

	@Test
	void onlyTheDmcMayUnblindAndThenSponsorsSeeArms() throws Exception {
		// Given
		awaitReport("dmc", TRIAL_TO_UNBLIND, "/outcomes", r -> r.at("/pooled/counts/enrolledSubjects").asInt() == 4);
		assertThat(post("sponsor", TRIAL_TO_UNBLIND, "{\"reason\":\"curious\"}").statusCode()).isEqualTo(403);
		assertThat(post("dmc", TRIAL_TO_UNBLIND, "{\"reason\":\" \"}").statusCode()).isEqualTo(400);

		// When
		HttpResponse<String> unblinded = post("dmc", TRIAL_TO_UNBLIND, "{\"reason\":\"efficacy boundary crossed\"}");

		// Then
		assertThat(unblinded.statusCode()).isEqualTo(202);
		assertThat(json.readTree(unblinded.body()).get("actorId").asString()).isEqualTo("dmc");
		JsonNode report = awaitReport("sponsor", TRIAL_TO_UNBLIND, "/outcomes/closed", r -> !r.get("blinded").asBoolean());
		assertThat(report.get("arms").size()).isEqualTo(2);
		assertThat(report.at("/unblinding/reason").asString()).isEqualTo("efficacy boundary crossed");
		// 2 per arm: below the threshold of 5, so hidden from the sponsor even now
		assertThat(arm(report, "ACTIVE").at("/counts/enrolledSubjects").isNull()).isTrue();
		try (TopicProbe<SpecificRecord> probe = TopicProbe.avro(SharedPlatform.get(), Topics.TRIAL_UNBLINDED)) {
			probe.awaitRecord(r -> r.value() instanceof TrialUnblinded u
					&& u.getMetadata().getTrialId().equals(TRIAL_TO_UNBLIND)
					&& u.getMetadata().getActor().getId().equals("dmc"), WAIT);
		}
	}

	@Test
	void listsTheTrialsAndTellsTheCallerWhichViewTheyGet() throws Exception {
		// When
		HttpResponse<String> trials = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/trials"))
			.header("Authorization", basic("sponsor"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
			.header("Authorization", basic("dmc"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());

		// Then
		assertThat(trials.statusCode()).isEqualTo(200);
		assertThat(trials.body()).contains("\"trialId\":\"LEGEND-1\"").contains(TRIAL);
		assertThat(json.readTree(me.body()).get("audience").asString()).isEqualTo("DMC");
	}

	@Test
	void saysWithEachReportWhatHasYetToReachIt() throws Exception {
		// Given the instance has read everything sent to it
		awaitReport("dmc", "/outcomes/closed", r -> r.at("/pooled/counts/enrolledSubjects").asInt() == 12);

		// Then its reports say nothing is on its way to them
		await().atMost(WAIT).untilAsserted(() -> {
			HttpResponse<String> response = get("dmc", "/outcomes/closed");
			assertThat(response.headers().firstValue("X-Trialstream-Events-Behind")).hasValue("0");
			assertThat(response.headers().firstValue("X-Trialstream-Subjects-Pending")).hasValue("0");
		});
	}

	@Test
	void reportsTheStreamsApplicationInItsHealth() throws Exception {
		await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
			HttpResponse<String> health = http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(json.readTree(health.body()).at("/components/kafkaStreams/status").asString()).isEqualTo("UP");
		});
	}

	@Test
	void answersProblemsForStrangersAndUnknownTrials() throws Exception {
		HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(url("/outcomes")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);

		HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(
				"http://127.0.0.1:" + port + "/api/v1/trials/NO-SUCH-TRIAL/outcomes"))
			.header("Authorization", basic("sponsor"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(json.readTree(unknown.body()).get("type").asString()).isEqualTo("urn:trialstream:problem:unknown-trial");
	}

	private JsonNode awaitReport(String user, String path, java.util.function.Predicate<JsonNode> ready) {
		return awaitReport(user, TRIAL, path, ready);
	}

	private JsonNode awaitReport(String user, String trialId, String path, java.util.function.Predicate<JsonNode> ready) {
		JsonNode[] found = new JsonNode[1];
		await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
			HttpResponse<String> response = get(user, trialId, path);
			if (response.statusCode() != 200) {
				return false;
			}
			found[0] = json.readTree(response.body());
			return ready.test(found[0]);
		});
		return found[0];
	}

	private HttpResponse<String> get(String user, String path) throws Exception {
		return get(user, TRIAL, path);
	}

	private HttpResponse<String> get(String user, String trialId, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/trials/" + trialId + path)).header("Authorization", basic(user)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String user, String trialId, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/trials/" + trialId + "/unblinding"))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + "/api/v1/trials/" + TRIAL + path);
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

	private static void send(String topic, String subjectId, SpecificRecord event) throws Exception {
		producer.send(new ProducerRecord<>(topic, Topics.subjectKey(TRIAL, subjectId), event)).get();
	}

	private static JsonNode site(JsonNode report, String siteId) {
		for (JsonNode site : report.get("sites")) {
			if (site.get("siteId").asString().equals(siteId)) {
				return site;
			}
		}
		throw new AssertionError("no site " + siteId);
	}

	private static JsonNode arm(JsonNode report, String armCode) {
		for (JsonNode arm : report.get("arms")) {
			if (arm.get("armCode").asString().equals(armCode)) {
				return arm;
			}
		}
		throw new AssertionError("no arm " + armCode);
	}

	private static List<String> texts(JsonNode array) {
		List<String> values = new java.util.ArrayList<>();
		array.forEach(node -> values.add(node.asString()));
		return values;
	}

}
