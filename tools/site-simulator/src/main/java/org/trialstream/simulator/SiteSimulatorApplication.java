package org.trialstream.simulator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.trialstream.protocol.TrialProtocol;
import org.trialstream.protocol.TrialProtocols;

/**
 * Runs simulated sites of the three seed trials against site-capture: LEGEND-1 at its 22 sites, HUCMSC-DF and
 * NCT06480123, with the published enrolment targets (scaled by --scale) spread over the first weeks of a trial year
 * that lasts --trial-year of real time. Prints a progress line as it goes and exits non-zero if the platform ever
 * accepted an invalid submission.
 */
public final class SiteSimulatorApplication {

	/** Published sizes: LEGenD-1 75 subjects, Qin et al. 53 patients, NCT06480123 target 50. */
	private static final List<Enrolment> TRIALS = List.of(new Enrolment("LEGEND-1", 75), new Enrolment("HUCMSC-DF", 53),
			new Enrolment("NCT06480123", 50));

	private static final int ENROLMENT_WEEKS = 8;

	private SiteSimulatorApplication() {
	}

	public static void main(String[] args) throws InterruptedException {
		if (List.of(args).contains("--help")) {
			System.out.println(SimulationSettings.USAGE);
			return;
		}
		SimulationSettings settings;
		try {
			settings = SimulationSettings.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		Progress progress = run(settings);
		System.exit(progress.clean() ? 0 : 1);
	}

	static Progress run(SimulationSettings settings) throws InterruptedException {
		ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(8, Thread.ofVirtual().factory());
		SimulationClock clock = new SimulationClock(settings.dayLength(), scheduler);
		SiteCaptureClient client = new SiteCaptureClient(settings.siteCapture());
		ClinicalModel model = new ClinicalModel(new Random(settings.seed()));
		Progress progress = new Progress();
		TrialProtocols protocols = TrialProtocols.loadDefault();
		System.out.printf("site simulator: %s, a trial year lasts %s, scale %.2f%n", settings.siteCapture(),
				settings.trialYear(), settings.subjectScale());
		LocalDate today = clock.today();
		for (Enrolment trial : TRIALS) {
			TrialProtocol protocol = protocols.get(trial.trialId());
			int subjects = (int) Math.max(1, Math.round(trial.target() * settings.subjectScale()));
			for (int i = 0; i < subjects; i++) {
				TrialProtocol.Site site = protocol.sites().get(i % protocol.sites().size());
				SiteSubmissions submissions = new SiteSubmissions(client, siteUser(site.id()), progress, protocol.trialId());
				SubjectJourney journey = new SubjectJourney(protocol, submissions, clock, model, progress,
						settings.invalidShare());
				clock.at(today, (int) ((long) i * ENROLMENT_WEEKS * 7 / subjects), journey::enrol);
			}
		}
		Duration lastDay = settings.dayLength().multipliedBy(ENROLMENT_WEEKS * 7 + 400);
		Duration runFor = lastDay.compareTo(settings.maxRunTime()) < 0 ? lastDay : settings.maxRunTime();
		long ticks = Math.max(1, runFor.toMillis() / settings.progressEvery().toMillis());
		for (long tick = 0; tick < ticks; tick++) {
			// Waiting on a timer is the simulator's job: it paces real sites' activity.
			scheduler.awaitTermination(settings.progressEvery().toMillis(), TimeUnit.MILLISECONDS);
			System.out.println(progress.line(clock.elapsed()));
		}
		scheduler.shutdownNow();
		System.out.println("done: " + progress.line(clock.elapsed()));
		return progress;
	}

	/** The local platform's site users are named after their site: US-01 -> site-us01, CN-GZ2 -> site-cngz2. */
	static String siteUser(String siteId) {
		return "site-" + siteId.toLowerCase().replace("-", "");
	}

	private record Enrolment(String trialId, int target) {
	}

}
