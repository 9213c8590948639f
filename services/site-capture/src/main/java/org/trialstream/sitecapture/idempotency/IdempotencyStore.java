package org.trialstream.sitecapture.idempotency;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Remembers, per user and Idempotency-Key, the fingerprint of the first request and the response it got. A request
 * claims its key first; while it runs, a repeat is told it is in progress; once it completed, a repeat with the same
 * fingerprint is replayed and one with another fingerprint is a mismatch. A response that is not final (5xx) is
 * released so the client may retry. Entries expire after {@code retention}; beyond {@code maxEntries} or
 * {@code maxBytes} (an estimate of the heap the entries take, replies included) the oldest go first, so a burst of
 * large batch replies cannot fill the heap; replies above 4 KB are kept deflated. One lock: each operation is a
 * few map steps.
 */
public final class IdempotencyStore {

	/** Estimated heap of an entry besides its strings and reply body: map node, entry, Instant, reply record. */
	static final int ENTRY_OVERHEAD_BYTES = 200;

	static final int DEFLATE_ABOVE_BYTES = 4096;

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

	/** A response as kept: a large body (a batch's reply, ~100 KB of JSON) deflated to a tenth of its size. */
	private record Kept(int status, String contentType, String location, byte[] body, boolean deflated) {

		static Kept of(StoredResponse response) {
			boolean large = response.body().length > DEFLATE_ABOVE_BYTES;
			return new Kept(response.status(), response.contentType(), response.location(),
					large ? deflate(response.body()) : response.body(), large);
		}

		StoredResponse response() {
			return new StoredResponse(status, contentType, location, deflated ? inflate(body) : body);
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

		Kept response;

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
		return current.response == null ? new Claim.InProgress() : new Claim.Replay(current.response.response());
	}

	public void complete(String scope, StoredResponse response) {
		// Deflated outside the lock: the other requests' claims need not wait for it.
		Kept kept = Kept.of(response);
		synchronized (this) {
			Entry entry = entries.get(scope);
			if (entry != null && entry.response == null) {
				entry.response = kept;
				bytes += kept.bytes();
				evict(entry.claimedAt);
			}
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

	private static byte[] deflate(byte[] body) {
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try {
			deflater.setInput(body);
			deflater.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 8 + 64);
			byte[] buffer = new byte[8192];
			while (!deflater.finished()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
			return out.toByteArray();
		}
		finally {
			deflater.end();
		}
	}

	private static byte[] inflate(byte[] deflated) {
		Inflater inflater = new Inflater();
		try {
			inflater.setInput(deflated);
			ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 8);
			byte[] buffer = new byte[8192];
			while (!inflater.finished()) {
				int inflated = inflater.inflate(buffer);
				if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					throw new IllegalStateException("Truncated idempotency reply");
				}
				out.write(buffer, 0, inflated);
			}
			return out.toByteArray();
		}
		catch (DataFormatException ex) {
			throw new IllegalStateException("Corrupt idempotency reply", ex);
		}
		finally {
			inflater.end();
		}
	}

	private static long baseBytes(String scope, String fingerprint) {
		return ENTRY_OVERHEAD_BYTES + 40L + scope.length() + 40L + fingerprint.length();
	}

}
