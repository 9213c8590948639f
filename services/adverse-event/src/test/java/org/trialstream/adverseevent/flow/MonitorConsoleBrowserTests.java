package org.trialstream.adverseevent.flow;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trialstream.avro.Topics;
import org.trialstream.avro.capture.Causality;
import org.trialstream.avro.capture.SeriousnessCriterion;
import org.trialstream.avro.safety.SafetyAlertAcknowledged;
import org.trialstream.avro.safety.SafetyAlertRaised;
import org.trialstream.testkit.SharedPlatform;
import org.trialstream.testkit.TopicProbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The monitor console in Debian's headless Chromium: signed in through the browser's Basic auth session, it shows
 * a new alert without a reload and acknowledges it. Skipped where chromium-driver is not installed.
 */
class MonitorConsoleBrowserTests extends PlatformFlowTest {

	/** Debian's chromium-driver; -Dwebdriver.chrome.driver=... points elsewhere (or nowhere, to see the skip). */
	private static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeAll
	static void requireChromium() {
		assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
				"needs Debian's chromium and chromium-driver (/usr/bin/chromedriver)");
	}

	@BeforeEach
	void openBrowser(@TempDir Path profile) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.addArguments("--window-size=1600,900");
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--user-data-dir=" + Files.createDirectories(profile.resolve("chromium")));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void showsANewAlertWithoutReloadAndAcknowledgesIt() {
		String subject = CaptureEvents.newSubject();
		try (TopicProbe<SpecificRecord> safety = TopicProbe.avro(SharedPlatform.get(), Topics.SAFETY_ALERT_RAISED,
				Topics.SAFETY_ALERT_ACKNOWLEDGED)) {
			// Given the monitor's console, signed in with Basic auth, connected live
			browser.get("http://monitor:monitor@127.0.0.1:" + port + "/console/");
			wait.until(ExpectedConditions.attributeToBe(By.id("conn"), "data-state", "live"));
			((JavascriptExecutor) browser).executeScript("window.sameDocument = true;");

			// When a site reports a serious adverse event
			report(CaptureEvents.reported(subject, "AE-" + UUID.randomUUID(), CaptureEvents
				.seriousCase("acute kidney injury", Causality.RELATED, SeriousnessCriterion.LIFE_THREATENING)));
			SafetyAlertRaised raised = (SafetyAlertRaised) safety
				.awaitRecord(record -> record.value() instanceof SafetyAlertRaised r && r.getSubjectId().equals(subject),
						WAIT)
				.value();

			// Then its row appears, in the same page, with severity, subject, site and its clocks
			By row = By.cssSelector("tr[data-alert-id='" + raised.getAlertId() + "']");
			WebElement alertRow = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
			assertThat(((JavascriptExecutor) browser).executeScript("return window.sameDocument === true;"))
				.isEqualTo(true);
			assertThat(alertRow.getText()).contains("CRITICAL", "SUSAR", subject, "US-07", "SUSAR 7d", "left");
			assertThat(alertRow.getAttribute("class")).contains("sev-CRITICAL");
			saveScreenshot("monitor-console.png");

			// When the monitor acknowledges it
			// (other alerts on the shared platform may re-render the table between finding the button and clicking it)
			wait.ignoring(StaleElementReferenceException.class)
				.until(driver -> {
					driver.findElement(row).findElement(By.cssSelector("button.ack-button")).click();
					return true;
				});

			// Then the row says so and SafetyAlertAcknowledged names the monitor
			wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "Acknowledged by monitor"));
			SafetyAlertAcknowledged ack = (SafetyAlertAcknowledged) safety
				.awaitRecord(record -> record.value() instanceof SafetyAlertAcknowledged a
						&& a.getAlertId().equals(raised.getAlertId()), WAIT)
				.value();
			assertThat(ack.getMetadata().getActor().getId()).isEqualTo("monitor");
			assertThat(browser.findElement(row).findElements(By.cssSelector("button.ack-button"))).isEmpty();
		}
	}

	/** For people reviewing the console: target/monitor-console.png. */
	private void saveScreenshot(String name) {
		try {
			Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", name),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			// A missing screenshot must not fail the behaviour under test.
		}
	}

	@Test
	void showsTheEscalationOfAnAlertNobodyAcknowledged() {
		String subject = CaptureEvents.newSubject();
		browser.get("http://monitor:monitor@127.0.0.1:" + port + "/console/");
		wait.until(ExpectedConditions.attributeToBe(By.id("conn"), "data-state", "live"));

		report(CaptureEvents.reported(subject, "AE-" + UUID.randomUUID(),
				CaptureEvents.seriousCase("sepsis", Causality.NOT_RELATED, SeriousnessCriterion.HOSPITALISATION)));

		By row = By.xpath("//tr[td[contains(@class,'subject') and text()='" + subject + "']]");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "ESCALATED L1"));
	}

}
