package org.trialstream.benchmark.resources;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Samples the processes' RSS twice a second on a daemon thread while load measures run, keeping each process's
 * peak; the idle figures are one reading taken before any load.
 */
public final class RssSampler implements AutoCloseable {

	private static final Duration EVERY = Duration.ofMillis(500);

	private final ProcessMemory memory;

	private final Map<String, Double> idle;

	private final Map<String, Double> peak = new ConcurrentHashMap<>();

	private volatile boolean sampling;

	private volatile boolean closed;

	public RssSampler(ProcessMemory memory) {
		this.memory = memory;
		this.idle = memory.residentMb();
		Thread.ofPlatform().daemon().name("rss-sampler").start(this::loop);
	}

	/** Starts or stops counting samples towards the under-load peaks. */
	public void underLoad(boolean loaded) {
		sampling = loaded;
	}

	public Map<String, Double> idle() {
		return idle;
	}

	public Map<String, Double> peakUnderLoad() {
		Map<String, Double> ordered = new LinkedHashMap<>();
		ProcessMemory.PROCESSES.stream().filter(peak::containsKey).forEach(name -> ordered.put(name, peak.get(name)));
		return ordered;
	}

	private void loop() {
		while (!closed) {
			if (sampling) {
				memory.residentMb().forEach((name, mb) -> peak.merge(name, mb, Math::max));
			}
			try {
				Thread.sleep(EVERY);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	@Override
	public void close() {
		closed = true;
	}

}
