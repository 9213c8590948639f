package org.trialstream.benchmark.harness;

import java.util.concurrent.locks.LockSupport;

/** Monotonic time for the scheduler; a seam so that tests can drive time by hand. */
public interface NanoClock {

	/** The system's monotonic clock; sleeps by parking, without spinning, to leave the cores to the platform. */
	NanoClock SYSTEM = new NanoClock() {

		@Override
		public long nanoTime() {
			return System.nanoTime();
		}

		@Override
		public void sleepUntil(long deadlineNanos) {
			long remaining;
			while ((remaining = deadlineNanos - System.nanoTime()) > 0) {
				LockSupport.parkNanos(remaining);
			}
		}

	};

	long nanoTime();

	/** Returns at or after the deadline; at once if it has passed. */
	void sleepUntil(long deadlineNanos);

}
