package org.trialstream.outcome.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A compact binary encoding for the topology's private state (varints, nullable values with a presence byte, UTF-8
 * strings): a subject's state is written to its store and changelog on every event, so its size and the time to
 * write it are the topology's main cost. Read back by {@link BinaryReader}.
 */
final class BinaryWriter {

	private byte[] bytes;

	private int size;

	BinaryWriter(int capacity) {
		this.bytes = new byte[Math.max(16, capacity)];
	}

	int size() {
		return size;
	}

	/** The bytes written so far, not copied: valid up to {@link #size()} until the next write. */
	byte[] buffer() {
		return bytes;
	}

	byte[] toByteArray() {
		return Arrays.copyOf(bytes, size);
	}

	BinaryWriter writeByte(int value) {
		ensure(1);
		bytes[size++] = (byte) value;
		return this;
	}

	BinaryWriter writeBoolean(boolean value) {
		return writeByte(value ? 1 : 0);
	}

	/** Zig-zag varint, so small negative numbers stay small. */
	BinaryWriter writeInt(int value) {
		int zigZag = (value << 1) ^ (value >> 31);
		return writeVarLong(zigZag & 0xFFFFFFFFL);
	}

	BinaryWriter writeLong(long value) {
		return writeVarLong((value << 1) ^ (value >> 63));
	}

	private BinaryWriter writeVarLong(long value) {
		ensure(10);
		long rest = value;
		while ((rest & ~0x7FL) != 0) {
			bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
			rest >>>= 7;
		}
		bytes[size++] = (byte) rest;
		return this;
	}

	BinaryWriter writeDouble(double value) {
		ensure(8);
		long bits = Double.doubleToRawLongBits(value);
		for (int shift = 56; shift >= 0; shift -= 8) {
			bytes[size++] = (byte) (bits >>> shift);
		}
		return this;
	}

	BinaryWriter writeNullableDouble(Double value) {
		writeBoolean(value != null);
		return value == null ? this : writeDouble(value);
	}

	BinaryWriter writeNullableInt(Integer value) {
		writeBoolean(value != null);
		return value == null ? this : writeInt(value);
	}

	BinaryWriter writeNullableBoolean(Boolean value) {
		return writeByte(value == null ? 2 : value ? 1 : 0);
	}

	/** Length + 1 (0 for null), then UTF-8. */
	BinaryWriter writeString(String value) {
		if (value == null) {
			return writeInt(0);
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		writeInt(utf8.length + 1);
		ensure(utf8.length);
		System.arraycopy(utf8, 0, bytes, size, utf8.length);
		size += utf8.length;
		return this;
	}

	BinaryWriter writeDate(LocalDate value) {
		writeBoolean(value != null);
		return value == null ? this : writeLong(value.toEpochDay());
	}

	BinaryWriter writeInstant(Instant value) {
		writeBoolean(value != null);
		return value == null ? this : writeLong(value.getEpochSecond()).writeInt(value.getNano());
	}

	private void ensure(int more) {
		if (size + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
		}
	}

}
