package org.trialstream.outcome.dashboard;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trialstream.avro.Topics;
import org.trialstream.outcome.OutcomeServiceTest;
import org.trialstream.outcome.TestTrials;
import org.trialstream.outcome.TrialEvents;
import org.trialstream.outcome.TrialEvents.LimbValues;
import org.trialstream.testkit.PlatformClients;
import org.trialstream.testkit.SharedPlatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trialstream.avro.common.Laterality.LEFT;

/**
 * The sponsor dashboard in headless Chromium (Debian's chromium and chromedriver; skipped where they are missing):
 * for a sponsor it draws the pooled curve, hides the small site and updates live when a new subject arrives; for the
 * DMC it draws the curves by arm.
 */
@OutcomeServiceTest
@EnabledIf("chromiumInstalled")
class OutcomeDashboardBrowserTests {

	static final String TRIAL = TestTrials.DASHBOARD;

	static final Duration WAIT = Duration.ofSeconds(60);

	final TrialEvents events = new TrialEvents(TRIAL, LocalDate.now().minusDays(60));

	@LocalServerPort
	int port;

	ChromeDriver browser;

	KafkaProducer<String, SpecificRecord> producer;

	static boolean chromiumInstalled() {
		return new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute();
	}

	@BeforeEach
	void openBrowser() {
		producer = PlatformClients.avroProducer(SharedPlatform.get());
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1800");
		browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(),
				options);
		// Basic credentials on every request, as the browser sends them after its login prompt.
		browser.executeCdpCommand("Network.enable", Map.of());
		useCredentials("sponsor:sponsor");
	}

	@AfterEach
	void closeBrowser() {
		browser.quit();
		producer.close();
	}

	@Test
	void sponsorSeesThePooledCurveTheSmallSiteHiddenAndNewSubjectsLive() throws Exception {
		// Given: 5 subjects at US-01 (4 healed), 1 at US-02, threshold 2
		for (int i = 1; i <= 6; i++) {
			String site = i == 6 ? "US-02" : "US-01";
			enrolWithVisits(site, site + "-" + String.format("%04d", i), i % 2 == 0 ? "ACTIVE" : "PLACEBO", i <= 4);
		}

		// When
		browser.get("http://127.0.0.1:" + port + "/dashboard?trial=" + TRIAL);

		// Then: pooled (blinded) view, the curve drawn, US-02 suppressed
		await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
			assertThat(browser.findElement(By.id("blinding-badge")).getText()).containsIgnoringCase("pooled");
			assertThat(tile("Enrolled")).isEqualTo("6");
			assertThat(browser.findElements(By.cssSelector("#km-chart path"))).isNotEmpty();
			assertThat(browser.findElement(By.id("site-chart")).getText()).contains("US-02").contains("suppressed");
		});
		assertThat(browser.findElement(By.id("km-legend")).getText()).contains("All subjects (pooled)");

		// When: one more subject enrols
		enrolWithVisits("US-02", "US-02-0007", "ACTIVE", false);

		// Then: the page updates without a reload
		await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertThat(tile("Enrolled")).isEqualTo("7"));
		Path screenshot = Path.of("target", "dashboard-sponsor.png");
		Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void dmcSeesTheCurvesByArm() throws Exception {
		// Given
		TrialEvents dmcTrial = new TrialEvents(TestTrials.DASHBOARD_DMC, LocalDate.now().minusDays(60));
		enrolWithVisits(dmcTrial, "US-01", "US-01-0101", "ACTIVE", true);
		enrolWithVisits(dmcTrial, "US-01", "US-01-0102", "PLACEBO", false);
		useCredentials("dmc:dmc");

		// When
		browser.get("http://127.0.0.1:" + port + "/dashboard?trial=" + TestTrials.DASHBOARD_DMC);

		// Then
		await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
			assertThat(browser.findElement(By.id("blinding-badge")).getText()).containsIgnoringCase("by arm");
			assertThat(tile("Enrolled")).isEqualTo("2");
			assertThat(browser.findElement(By.id("km-legend")).getText()).contains("Active: median 28 d")
				.contains("Placebo: median not reached");
			// one curve per arm
			assertThat(browser.findElements(By.cssSelector("#km-chart path[stroke-width='2.5']"))).hasSize(2);
		});
		Files.write(Path.of("target", "dashboard-dmc.png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	private void useCredentials(String userAndPassword) {
		browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
				"Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)))));
	}

	private String tile(String label) {
		return browser.findElements(By.cssSelector(".tile"))
			.stream()
			.filter(tile -> tile.findElement(By.cssSelector(".label")).getText().equalsIgnoreCase(label))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector(".value"))
			.getText();
	}

	private void enrolWithVisits(String site, String subject, String arm, boolean heals) throws Exception {
		enrolWithVisits(events, site, subject, arm, heals);
	}

	private void enrolWithVisits(TrialEvents trial, String site, String subject, String arm, boolean heals)
			throws Exception {
		send(trial, Topics.SUBJECT_ENROLLED, subject, trial.enrolled(site, subject, arm, LEFT));
		send(trial, Topics.VISIT_RECORDED, subject, trial.visit(site, subject, "D0", 0, LimbValues.open(LEFT, 4.0)));
		send(trial, Topics.VISIT_RECORDED, subject,
				trial.visit(site, subject, "D28", 28, heals ? LimbValues.closed(LEFT) : LimbValues.open(LEFT, 1.5)));
		send(trial, Topics.VISIT_RECORDED, subject,
				trial.visit(site, subject, "D42", 42, heals ? LimbValues.closed(LEFT) : LimbValues.open(LEFT, 1.0)));
	}

	private void send(TrialEvents trial, String topic, String subjectId, SpecificRecord event) throws Exception {
		producer.send(new ProducerRecord<>(topic, Topics.subjectKey(trial.trialId(), subjectId), event)).get();
	}

}
