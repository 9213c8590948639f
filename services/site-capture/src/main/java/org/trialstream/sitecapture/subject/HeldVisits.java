package org.trialstream.sitecapture.subject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.trialstream.sitecapture.events.StoredAt;
import org.trialstream.sitecapture.model.WindowStatus;

/**
 * A subject's visits as the service holds them: four longs per visit in one array (id, position on the topic, study
 * day with window status and correction count), about 32 bytes a visit instead of the few kilobytes of its content.
 * In recording order; a correction replaces its visit in place. Beyond {@code maxHeld} the oldest are let go (they
 * stay on the topic) and counted. Not thread-safe: {@link SubjectState} guards it.
 */
final class HeldVisits {

	private static final int LONGS = 4;

	private static final long[] NONE = new long[0];

	private static final WindowStatus[] STATUSES = WindowStatus.values();

	private final int maxHeld;

	private long[] data = NONE;

	private int size;

	private int letGo;

	HeldVisits(int maxHeld) {
		this.maxHeld = maxHeld;
	}

	void put(HeldVisit visit) {
		int index = indexOf(visit.key());
		if (index < 0) {
			if (size == maxHeld) {
				System.arraycopy(data, LONGS, data, 0, (size - 1) * LONGS);
				size--;
				letGo++;
			}
			if ((size + 1) * LONGS > data.length) {
				int capacity = Math.min(maxHeld, Math.max(4, size + (size >> 1)));
				data = Arrays.copyOf(data, Math.max(capacity, size + 1) * LONGS);
			}
			index = size++;
		}
		int at = index * LONGS;
		data[at] = visit.key().getMostSignificantBits();
		data[at + 1] = visit.key().getLeastSignificantBits();
		data[at + 2] = visit.storedAt().packed();
		data[at + 3] = ((long) visit.studyDay() << 32) | ((long) visit.windowStatus().ordinal() << 24)
				| Math.min(visit.corrections(), 0xFFFFFF);
	}

	Optional<HeldVisit> find(UUID key) {
		int index = indexOf(key);
		return index < 0 ? Optional.empty() : Optional.of(get(index));
	}

	List<HeldVisit> all() {
		List<HeldVisit> visits = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			visits.add(get(i));
		}
		return visits;
	}

	int letGo() {
		return letGo;
	}

	private HeldVisit get(int index) {
		int at = index * LONGS;
		long facts = data[at + 3];
		return new HeldVisit(new UUID(data[at], data[at + 1]), (int) (facts >> 32),
				STATUSES[(int) ((facts >>> 24) & 0xFF)], (int) (facts & 0xFFFFFF), StoredAt.unpack(data[at + 2]));
	}

	private int indexOf(UUID key) {
		long most = key.getMostSignificantBits();
		long least = key.getLeastSignificantBits();
		// Newest first: corrections and reads are mostly of recent visits.
		for (int i = size - 1; i >= 0; i--) {
			if (data[i * LONGS] == most && data[i * LONGS + 1] == least) {
				return i;
			}
		}
		return -1;
	}

}
