package org.trialstream.benchmark.harness;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts operations at a fixed rate from a schedule of intended start times, never waiting for a reply before the
 * next send (open loop), and records each latency from the operation's intended start. When the system under test
 * (or the generator itself) stalls, the operations scheduled during the stall are recorded with the time they
 * waited, which is the coordinated-omission correction: a closed-loop client would have recorded one slow sample
 * and silently skipped the rest.
 */
public final class OpenLoopScheduler {

	private static final long DRAIN_POLL_NANOS = 1_000_000;

	private final NanoClock clock;

	public OpenLoopScheduler(NanoClock clock) {
		this.clock = clock;
	}

	/** One operation of the load; it starts work and completes with {@code true} on success. */
	@FunctionalInterface
	public interface Operation {

		/**
		 * @param sequence 0-based number of the operation
		 * @param intendedStartNanos when the schedule meant it to start, on the scheduler's clock
		 */
		CompletionStage<Boolean> start(long sequence, long intendedStartNanos);

	}

	public LoadResult run(LoadPlan plan, Operation operation) {
		return run(plan, operation, new LatencyRecorder());
	}

	/** Runs the plan, recording into the given recorder (so that callers can pool several runs). */
	public LoadResult run(LoadPlan plan, Operation operation, LatencyRecorder latencies) {
		long interval = plan.intervalNanos();
		long start = clock.nanoTime();
		long end = start + plan.duration().toNanos();
		AtomicLong outstanding = new AtomicLong();
		AtomicLong succeeded = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong lastCompletion = new AtomicLong(start);
		long sent = 0;
		for (long sequence = 0; sequence < plan.maxOperations(); sequence++) {
			long intended = start + sequence * interval;
			if (intended >= end) {
				break;
			}
			clock.sleepUntil(intended);
			sent++;
			if (outstanding.get() >= plan.maxInFlight()) {
				failed.incrementAndGet();
				continue;
			}
			outstanding.incrementAndGet();
			startOne(operation, sequence, intended).whenComplete((ok, error) -> {
				long now = clock.nanoTime();
				if (error == null && Boolean.TRUE.equals(ok)) {
					latencies.record(now - intended);
					succeeded.incrementAndGet();
				}
				else {
					failed.incrementAndGet();
				}
				lastCompletion.accumulateAndGet(now, Math::max);
				outstanding.decrementAndGet();
			});
		}
		long drainDeadline = clock.nanoTime() + plan.drainTimeout().toNanos();
		while (outstanding.get() > 0 && clock.nanoTime() < drainDeadline) {
			clock.sleepUntil(clock.nanoTime() + DRAIN_POLL_NANOS);
		}
		long elapsed = Math.max(1, lastCompletion.get() - start);
		return new LoadResult(plan.ratePerSecond(), sent, succeeded.get(), failed.get(), outstanding.get(),
				latencies.summary(), succeeded.get() * 1e9 / elapsed, Duration.ofNanos(elapsed));
	}

	private static CompletionStage<Boolean> startOne(Operation operation, long sequence, long intended) {
		try {
			return operation.start(sequence, intended);
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

}
