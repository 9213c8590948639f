package org.trialstream.outcome.topology;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.trialstream.outcome.subject.VisitEntry;

/**
 * The visits of recently active subjects, each subject's as one growing buffer in {@link SubjectStateCodec}'s binary
 * form (some 80 bytes a visit, against several hundred as objects), least recently used out first, bounded in bytes.
 * Every version of a visit is appended (a correction too); reading settles which counts ({@link VisitEntry#collect}).
 * So a subject's summary needs no scan of the store while it stays active, whatever its history, and the heap holds
 * the histories of hundreds of thousands of visits in a few tens of megabytes.
 * <p>
 * One instance serves every task of the application (the bound is for the heap, not per partition), so its methods
 * are synchronized for several stream threads; a subject belongs to one partition, so keys never clash.
 */
final class VisitHistories {

	private final Map<String, BinaryWriter> buffers = new LinkedHashMap<>(1024, 0.75f, true);

	private final long maxBytes;

	private long bytes;

	VisitHistories(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	synchronized boolean holds(String subjectKey) {
		return buffers.containsKey(subjectKey);
	}

	/** Appends a version of a visit; ignored unless the subject's history is held. */
	synchronized void append(String subjectKey, VisitEntry visit) {
		BinaryWriter buffer = buffers.get(subjectKey);
		if (buffer != null) {
			int before = buffer.size();
			SubjectStateCodec.writeVisit(buffer, visit);
			grow(buffer.size() - before);
		}
	}

	/** Holds a subject's complete history, as read from the store. */
	synchronized void hold(String subjectKey, Iterable<VisitEntry> visits) {
		forget(subjectKey);
		BinaryWriter buffer = new BinaryWriter(256);
		visits.forEach(visit -> SubjectStateCodec.writeVisit(buffer, visit));
		buffers.put(subjectKey, buffer);
		grow(buffer.size());
	}

	synchronized void forget(String subjectKey) {
		BinaryWriter dropped = buffers.remove(subjectKey);
		if (dropped != null) {
			bytes -= dropped.size();
		}
	}

	/** The subject's visits by id (each the version that counts), or null if its history is not held. */
	synchronized Map<String, VisitEntry> visits(String subjectKey) {
		BinaryWriter buffer = buffers.get(subjectKey);
		if (buffer == null) {
			return null;
		}
		BinaryReader in = new BinaryReader(buffer.buffer(), buffer.size());
		Map<String, VisitEntry> visits = new HashMap<>();
		while (in.hasMore()) {
			VisitEntry.collect(visits, SubjectStateCodec.readVisit(in));
		}
		return visits;
	}

	/** Forgets the subjects whose keys match (those of a task being re-initialised). */
	synchronized void forgetAll(Predicate<String> matching) {
		Iterator<Map.Entry<String, BinaryWriter>> entries = buffers.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<String, BinaryWriter> entry = entries.next();
			if (matching.test(entry.getKey())) {
				bytes -= entry.getValue().size();
				entries.remove();
			}
		}
	}

	private void grow(int added) {
		bytes += added;
		Iterator<BinaryWriter> eldest = buffers.values().iterator();
		while (bytes > maxBytes && buffers.size() > 1) {
			bytes -= eldest.next().size();
			eldest.remove();
		}
	}

}
