package org.trialstream.outcome.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/** Reads what {@link BinaryWriter} wrote, in the same order. */
final class BinaryReader {

	private final byte[] bytes;

	private final int length;

	private int position;

	BinaryReader(byte[] bytes) {
		this(bytes, bytes.length);
	}

	BinaryReader(byte[] bytes, int length) {
		this.bytes = bytes;
		this.length = length;
	}

	boolean hasMore() {
		return position < length;
	}

	int readByte() {
		return bytes[position++];
	}

	boolean readBoolean() {
		return readByte() != 0;
	}

	int readInt() {
		long raw = readVarLong();
		return (int) (raw >>> 1) ^ -(int) (raw & 1);
	}

	long readLong() {
		long raw = readVarLong();
		return (raw >>> 1) ^ -(raw & 1);
	}

	private long readVarLong() {
		long value = 0;
		int shift = 0;
		byte b;
		do {
			b = bytes[position++];
			value |= (long) (b & 0x7F) << shift;
			shift += 7;
		}
		while ((b & 0x80) != 0);
		return value;
	}

	double readDouble() {
		long bits = 0;
		for (int i = 0; i < 8; i++) {
			bits = (bits << 8) | (bytes[position++] & 0xFF);
		}
		return Double.longBitsToDouble(bits);
	}

	Double readNullableDouble() {
		return readBoolean() ? readDouble() : null;
	}

	Integer readNullableInt() {
		return readBoolean() ? readInt() : null;
	}

	Boolean readNullableBoolean() {
		int value = readByte();
		return value == 2 ? null : value == 1;
	}

	String readString() {
		int length = readInt() - 1;
		if (length < 0) {
			return null;
		}
		String value = new String(bytes, position, length, StandardCharsets.UTF_8);
		position += length;
		return value;
	}

	LocalDate readDate() {
		return readBoolean() ? LocalDate.ofEpochDay(readLong()) : null;
	}

	Instant readInstant() {
		return readBoolean() ? Instant.ofEpochSecond(readLong(), readInt()) : null;
	}

}
