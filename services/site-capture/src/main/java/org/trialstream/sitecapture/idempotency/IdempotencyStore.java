package org.trialstream.sitecapture.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers, per user and Idempotency-Key, the fingerprint of the first request and the response it got. A request
 * claims its key first; while it runs, a repeat is told it is in progress; once it completed, a repeat with the same
 * fingerprint is replayed and one with another fingerprint is a mismatch. A response that is not final (5xx) is
 * released so the client may retry. Entries expire after {@code retention}; beyond {@code maxEntries} or
 * {@code maxBytes} (an estimate of the heap the entries take, replies included) the oldest go first, so a burst of
 * large batch replies cannot fill the heap. One lock: each operation is a few map steps.
 */
public final class IdempotencyStore {

	/** Estimated heap of an entry besides its strings and reply body: map node, entry, Instant, reply record. */
	static final int ENTRY_OVERHEAD_BYTES = 200;

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

		long bytes() {
			return 16L + body.length + (location == null ? 0 : 40L + location.length());
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

	private static final class Entry {

		final String fingerprint;

		final Instant claimedAt;

		StoredResponse response;

		Entry(String fingerprint, Instant claimedAt) {
			this.fingerprint = fingerprint;
			this.claimedAt = claimedAt;
		}

	}

	/** In claim order, so the eldest entry is the first to expire or to go. */
	private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

	private final Duration retention;

	private final int maxEntries;

	private final long maxBytes;

	private long bytes;

	public IdempotencyStore(Duration retention, int maxEntries, long maxBytes) {
		this.retention = retention;
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
	}

	public synchronized Claim claim(String scope, String fingerprint, Instant now) {
		Entry current = entries.get(scope);
		if (current != null && expired(current, now)) {
			remove(scope);
			current = null;
		}
		if (current == null) {
			entries.put(scope, new Entry(fingerprint, now));
			bytes += baseBytes(scope, fingerprint);
			evict(now);
			return new Claim.Granted();
		}
		if (!current.fingerprint.equals(fingerprint)) {
			return new Claim.Mismatch();
		}
		return current.response == null ? new Claim.InProgress() : new Claim.Replay(current.response);
	}

	public synchronized void complete(String scope, StoredResponse response) {
		Entry entry = entries.get(scope);
		if (entry != null && entry.response == null) {
			entry.response = response;
			bytes += response.bytes();
			evict(entry.claimedAt);
		}
	}

	/** Forgets a claim whose response was not final, so that a retry with the key runs again. */
	public synchronized void release(String scope) {
		remove(scope);
	}

	/** The estimated heap the kept entries take. */
	synchronized long bytes() {
		return bytes;
	}

	private void remove(String scope) {
		Entry removed = entries.remove(scope);
		if (removed != null) {
			bytes -= baseBytes(scope, removed.fingerprint) + (removed.response == null ? 0 : removed.response.bytes());
		}
	}

	private boolean expired(Entry entry, Instant now) {
		return entry.claimedAt.plus(retention).isBefore(now);
	}

	/** Drops expired entries and, beyond the limits, the oldest ones (possibly still running: they then run unguarded). */
	private void evict(Instant now) {
		Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
		while (eldest.hasNext()) {
			Map.Entry<String, Entry> entry = eldest.next();
			if (entries.size() <= maxEntries && bytes <= maxBytes && !expired(entry.getValue(), now)) {
				return;
			}
			eldest.remove();
			bytes -= baseBytes(entry.getKey(), entry.getValue().fingerprint)
					+ (entry.getValue().response == null ? 0 : entry.getValue().response.bytes());
		}
	}

	private static long baseBytes(String scope, String fingerprint) {
		return ENTRY_OVERHEAD_BYTES + 40L + scope.length() + 40L + fingerprint.length();
	}

}
