package org.trialstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a person sees after `./trialstream up`: while the site simulator drives site-capture, alerts appear in the
 * monitor console and the outcomes on the sponsor dashboard move, both without a reload; every invalid submission
 * of the simulator is rejected.
 */
class LivePagesBrowserTests {

	private static final Duration LIVE = Duration.ofSeconds(90);

	private final RunningServices services = RunningServices.get();

	@Test
	void consoleAndDashboardUpdateLiveWhileSitesSubmit(@TempDir Path profiles) throws Exception {
		assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver");
		ChromeDriver console = Browser.open(profiles.resolve("monitor"));
		ChromeDriver dashboard = Browser.open(profiles.resolve("sponsor"));
		try (SimulatorProcess simulator = SimulatorProcess.start(services.siteCapture.baseUrl(), "--trial-year=60s",
				"--scale=0.3", "--max-run-time=75s", "--progress-every=5s", "--invalid-share=0.1")) {
			// Given a monitor's console and a sponsor's dashboard, opened once
			console.get(withUser(services.adverseEvent.baseUrl(), "monitor") + "/console/");
			dashboard.get(withUser(services.outcomeAggregation.baseUrl(), "sponsor") + "/dashboard?trial=LEGEND-1");
			console.executeScript("window.sameDocument = true;");
			dashboard.executeScript("window.sameDocument = true;");

			// Then alerts arrive in the console and enrolment moves on the dashboard, with no reload
			Awaitility.await("alerts in the console").atMost(LIVE).ignoreExceptions()
				.until(() -> console.findElements(By.cssSelector("tr[data-alert-id]")).size() >= 2);
			Awaitility.await("subjects on the dashboard").atMost(LIVE).ignoreExceptions()
				.until(() -> Integer.parseInt(tile(dashboard, "Enrolled")), enrolled -> enrolled > 0);
			int visitsEarly = Awaitility.await("visits on the dashboard").atMost(LIVE).ignoreExceptions()
				.until(() -> Integer.parseInt(tile(dashboard, "Visits done")), visits -> visits > 0);
			Awaitility.await("visits moving").atMost(LIVE).ignoreExceptions()
				.until(() -> Integer.parseInt(tile(dashboard, "Visits done")) > visitsEarly);
			assertThat(console.executeScript("return window.sameDocument === true;")).isEqualTo(true);
			assertThat(dashboard.executeScript("return window.sameDocument === true;")).isEqualTo(true);
			Browser.screenshot(console, "e2e-monitor-console.png");
			Browser.screenshot(dashboard, "e2e-sponsor-dashboard.png");

			// And every invalid submission was rejected
			int exit = simulator.awaitExit(120);
			assertThat(simulator.output()).contains("invalid ACCEPTED 0");
			assertThat(exit).as(simulator.output()).isZero();
		}
		finally {
			console.quit();
			dashboard.quit();
		}
	}

	private static String tile(ChromeDriver browser, String label) {
		return browser.findElements(By.cssSelector(".tile"))
			.stream()
			.filter(tile -> tile.findElement(By.cssSelector(".label")).getText().equalsIgnoreCase(label))
			.map(tile -> tile.findElement(By.cssSelector(".value")))
			.map(WebElement::getText)
			.findFirst()
			.orElseThrow();
	}

	private static String withUser(String baseUrl, String user) {
		return baseUrl.replace("http://", "http://" + user + ":" + user + "@");
	}

}
