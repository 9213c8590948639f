package org.trialstream.e2e;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.trialstream.testkit.ServiceProcess;
import org.trialstream.testkit.SharedPlatform;

/** The three services, started once per test JVM (in parallel) against the shared broker and registry. */
final class RunningServices {

	private static RunningServices instance;

	final ServiceProcess siteCapture;

	final ServiceProcess adverseEvent;

	final ServiceProcess outcomeAggregation;

	private RunningServices(ServiceProcess siteCapture, ServiceProcess adverseEvent, ServiceProcess outcomeAggregation) {
		this.siteCapture = siteCapture;
		this.adverseEvent = adverseEvent;
		this.outcomeAggregation = outcomeAggregation;
	}

	static synchronized RunningServices get() {
		if (instance == null) {
			SharedPlatform platform = SharedPlatform.get();
			var siteCapture = CompletableFuture.supplyAsync(() -> ServiceProcess.start("site-capture", platform, Map.of()));
			var adverseEvent = CompletableFuture.supplyAsync(() -> ServiceProcess.start("adverse-event", platform, Map.of()));
			var outcome = CompletableFuture
				.supplyAsync(() -> ServiceProcess.start("outcome-aggregation", platform, Map.of()));
			instance = new RunningServices(siteCapture.join(), adverseEvent.join(), outcome.join());
		}
		return instance;
	}

}
