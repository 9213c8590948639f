package org.trialstream.benchmark.harness;

/** Time that moves only when the scheduler sleeps or a test operation says so. */
final class ManualClock implements NanoClock {

	private long now = 1_000_000_000L;

	@Override
	public long nanoTime() {
		return now;
	}

	@Override
	public void sleepUntil(long deadlineNanos) {
		now = Math.max(now, deadlineNanos);
	}

	void advanceMillis(long millis) {
		now += millis * 1_000_000;
	}

}
