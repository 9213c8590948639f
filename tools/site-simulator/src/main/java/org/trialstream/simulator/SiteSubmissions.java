package org.trialstream.simulator;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One site's writes about one subject, counted in the progress: valid submissions must be accepted, invalid ones
 * must be rejected with a 4xx; anything else is reported on standard error.
 */
final class SiteSubmissions {

	private final SiteCaptureClient client;

	private final String siteUser;

	private final Progress progress;

	private final String trialPath;

	private String subjectId;

	SiteSubmissions(SiteCaptureClient client, String siteUser, Progress progress, String trialId) {
		this.client = client;
		this.siteUser = siteUser;
		this.progress = progress;
		this.trialPath = "/api/v1/trials/" + trialId;
	}

	/** Enrols the subject and returns site-capture's answer; later writes are about the subject it names. */
	SiteCaptureClient.Answer enrol(Object enrolment) {
		SiteCaptureClient.Answer answer = client.post(siteUser, trialPath + "/subjects", enrolment);
		if (answer.accepted()) {
			subjectId = answer.field("subjectId");
		}
		else {
			progress.failures.incrementAndGet();
			System.err.println("enrolment refused (" + answer.status() + "): " + answer.body());
		}
		return answer;
	}

	/** The subject's arm as the DMC sees it, or null: the simulator plays nature and needs the true arm. */
	String armSeenByDmc() {
		SiteCaptureClient.Answer answer = client.get("dmc", trialPath + "/subjects/" + subjectId);
		return answer.accepted() ? answer.field("armCode") : null;
	}

	/** POSTs a valid body about the subject; counts it on success and returns the answer. */
	SiteCaptureClient.Answer submit(String path, Object body, AtomicInteger counter) {
		SiteCaptureClient.Answer answer = client.post(siteUser, subjectPath(path), body);
		if (answer.accepted()) {
			counter.incrementAndGet();
		}
		else {
			progress.failures.incrementAndGet();
			System.err.println("refused (" + answer.status() + ") " + path + " for " + subjectId + ": " + answer.body());
		}
		return answer;
	}

	/** POSTs a deliberately invalid body, which the platform must reject with a 4xx. */
	void submitInvalid(String path, Object body) {
		progress.invalidSent.incrementAndGet();
		SiteCaptureClient.Answer answer = client.post(siteUser, subjectPath(path), body);
		if (answer.rejected()) {
			progress.invalidRejected.incrementAndGet();
		}
		else if (answer.accepted()) {
			progress.invalidAccepted.incrementAndGet();
			System.err.println("INVALID SUBMISSION ACCEPTED at " + path + ": " + body);
		}
		else {
			System.err.println("invalid submission answered " + answer.status() + " (expected 4xx): " + answer.body());
		}
	}

	boolean enrolled() {
		return subjectId != null;
	}

	private String subjectPath(String path) {
		return trialPath + "/subjects/" + subjectId + path;
	}

}
