package org.trialstream.sitecapture.events;

import org.trialstream.avro.Topics;

/**
 * Where the broker stored a visit's current version: capture.visit-recorded.v1 or capture.visit-corrected.v1, with
 * partition and offset. Packs into one {@code long} so that the service can hold it per visit in a few bytes and read
 * the visit back from the topic when it is needed (a correction, a read).
 *
 * @param topic the topic
 * @param partition the partition
 * @param offset the offset in the partition
 */
public record StoredAt(String topic, int partition, long offset) {

	private static final long CORRECTED_BIT = 1L << 63;

	private static final int OFFSET_BITS = 47;

	private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;

	private static final int MAX_PARTITION = (1 << 16) - 1;

	/** The visit topics' positions as one long: a bit for the topic, 16 bits of partition, 47 of offset. */
	public long packed() {
		boolean corrected = Topics.VISIT_CORRECTED.equals(topic);
		if (!corrected && !Topics.VISIT_RECORDED.equals(topic)) {
			throw new IllegalArgumentException("Only visit positions are packed, not " + topic);
		}
		if (partition < 0 || partition > MAX_PARTITION || offset < 0 || offset > OFFSET_MASK) {
			throw new IllegalArgumentException("Position out of range: " + this);
		}
		return (corrected ? CORRECTED_BIT : 0) | ((long) partition << OFFSET_BITS) | offset;
	}

	public static StoredAt unpack(long packed) {
		String topic = (packed & CORRECTED_BIT) != 0 ? Topics.VISIT_CORRECTED : Topics.VISIT_RECORDED;
		return new StoredAt(topic, (int) ((packed >>> OFFSET_BITS) & MAX_PARTITION), packed & OFFSET_MASK);
	}

}
