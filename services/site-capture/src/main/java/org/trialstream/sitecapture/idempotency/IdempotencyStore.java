package org.trialstream.sitecapture.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Remembers, per user and Idempotency-Key, the fingerprint of the first request and the response it got. A request
 * claims its key first; while it runs, a repeat is told it is in progress; once it completed, a repeat with the same
 * fingerprint is replayed and one with another fingerprint is a mismatch. A response that is not final (5xx) is
 * released so the client may retry. Oldest entries go first beyond {@code maxEntries}; entries expire after
 * {@code retention}.
 */
public final class IdempotencyStore {

	/** A response as it went out, to be replayed byte for byte. */
	public record StoredResponse(int status, String contentType, String location, byte[] body) {

		@Override
		public boolean equals(Object other) {
			return other instanceof StoredResponse that && status == that.status
					&& Objects.equals(contentType, that.contentType)
					&& Objects.equals(location, that.location) && Arrays.equals(body, that.body);
		}

		@Override
		public int hashCode() {
			return 31 * status + Arrays.hashCode(body);
		}

		@Override
		public String toString() {
			return "StoredResponse[status=" + status + ", " + body.length + " bytes]";
		}

	}

	/** What a request may do with its key. */
	public sealed interface Claim {

		/** First use: go ahead, then complete or release. */
		record Granted() implements Claim {
		}

		/** Same key, same request, already answered. */
		record Replay(StoredResponse response) implements Claim {
		}

		/** Same key, another request. */
		record Mismatch() implements Claim {
		}

		/** Same key, same request, still running. */
		record InProgress() implements Claim {
		}

	}

	private record Entry(String fingerprint, Instant claimedAt, AtomicReference<StoredResponse> response) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Queue<String> order = new ConcurrentLinkedQueue<>();

	/** Size of {@link #order}, which also holds keys already released (ConcurrentLinkedQueue.size() is O(n)). */
	private final AtomicInteger ordered = new AtomicInteger();

	private final Duration retention;

	private final int maxEntries;

	public IdempotencyStore(Duration retention, int maxEntries) {
		this.retention = retention;
		this.maxEntries = maxEntries;
	}

	public Claim claim(String scope, String fingerprint, Instant now) {
		Entry fresh = new Entry(fingerprint, now, new AtomicReference<>());
		Entry current = entries.compute(scope,
				(key, existing) -> existing == null || expired(existing, now) ? fresh : existing);
		if (current == fresh) {
			order.add(scope);
			ordered.incrementAndGet();
			evictBeyondLimit();
			return new Claim.Granted();
		}
		if (!current.fingerprint().equals(fingerprint)) {
			return new Claim.Mismatch();
		}
		StoredResponse response = current.response().get();
		return response == null ? new Claim.InProgress() : new Claim.Replay(response);
	}

	public void complete(String scope, StoredResponse response) {
		Entry entry = entries.get(scope);
		if (entry != null) {
			entry.response().set(response);
		}
	}

	/** Forgets a claim whose response was not final, so that a retry with the key runs again. */
	public void release(String scope) {
		entries.remove(scope);
	}

	private boolean expired(Entry entry, Instant now) {
		return entry.claimedAt().plus(retention).isBefore(now);
	}

	private void evictBeyondLimit() {
		while (entries.size() > maxEntries || ordered.get() > 2L * maxEntries) {
			String oldest = order.poll();
			if (oldest == null) {
				return;
			}
			ordered.decrementAndGet();
			if (entries.size() > maxEntries) {
				entries.remove(oldest);
			}
		}
	}

}
