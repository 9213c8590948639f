package org.trialstream.sitecapture.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of site-capture (prefix {@code site-capture}), each with an environment variable in application.yml.
 *
 * @param brokerAckTimeout how long a write waits for the broker's acknowledgement before answering 503
 * @param retryAfter what the 503 tells the client to wait before retrying
 * @param maxBodySize request bodies above this are refused with 413
 * @param maxBatchItems most visits one batch request may carry
 * @param maxBatchBodySize batch bodies above this are refused with 413 (a batch is many bodies in one)
 * @param stateRebuildTimeout how long start-up may take to read the capture topics back into memory
 * @param maxHeldPerSubject most visits (and adverse events) per subject held in memory; older ones stay on the topics
 * @param randomisationSeed secret seed of the randomisation lists (held like an unblinded statistician's list)
 * @param topics how the capture topics are declared
 * @param idempotency how long replies to an Idempotency-Key are kept
 * @param admission how many writes are served at once before the service answers 429
 */
@ConfigurationProperties("site-capture")
public record SiteCaptureProperties(@DefaultValue("5s") Duration brokerAckTimeout,
		@DefaultValue("5s") Duration retryAfter, @DefaultValue("256KB") DataSize maxBodySize,
		@DefaultValue("1000") int maxBatchItems, @DefaultValue("2MB") DataSize maxBatchBodySize,
		@DefaultValue("300s") Duration stateRebuildTimeout,
		@DefaultValue("64") int maxHeldPerSubject,
		String randomisationSeed, @DefaultValue Topics topics, @DefaultValue Idempotency idempotency,
		@DefaultValue Admission admission) {

	public SiteCaptureProperties {
		if (maxHeldPerSubject < 1) {
			throw new IllegalArgumentException("site-capture.max-held-per-subject must be at least 1");
		}
		if (randomisationSeed == null || randomisationSeed.isBlank()) {
			throw new IllegalArgumentException("site-capture.randomisation-seed (RANDOMISATION_SEED) is required");
		}
	}

	/**
	 * @param partitions partitions of each capture topic
	 * @param replicas replication factor; null takes the broker's default (1 on a single local node)
	 * @param minInsyncReplicas 2 where the cluster has three brokers
	 */
	public record Topics(@DefaultValue("3") int partitions, Short replicas, @DefaultValue("1") int minInsyncReplicas) {
	}

	/**
	 * @param retention how long a reply is replayed for a repeated key
	 * @param maxEntries the most replies kept in memory; the oldest go first
	 * @param maxSize the most heap (estimated) the kept replies may take; the oldest go first
	 */
	public record Idempotency(@DefaultValue("24h") Duration retention, @DefaultValue("50000") int maxEntries,
			@DefaultValue("2MB") DataSize maxSize) {
	}

	/**
	 * Back-pressure: writes in flight are bounded, and one that finds no free place within its wait is answered 429
	 * with Retry-After instead of queueing (a queue of requests is what filled the heap under overload).
	 *
	 * @param maxWrites single writes (enrolment, visit, correction, adverse event) served at once
	 * @param writeWait how long a single write may wait for a place
	 * @param maxBatches batch requests served at once (each holds a few MB while it runs)
	 * @param batchWait how long a batch may wait for a place
	 * @param maxRequests requests of any kind Tomcat serves at once, each on a virtual thread; the next wait in
	 *        arrival order as socket events, without the ~80 KB of buffers a request in progress holds
	 */
	public record Admission(@DefaultValue("64") int maxWrites, @DefaultValue("20ms") Duration writeWait,
			@DefaultValue("2") int maxBatches, @DefaultValue("2s") Duration batchWait,
			@DefaultValue("128") int maxRequests) {

		public Admission {
			if (maxWrites < 1 || maxBatches < 1 || maxRequests < 1) {
				throw new IllegalArgumentException("site-capture.admission needs at least one place for each kind");
			}
		}

	}

}
