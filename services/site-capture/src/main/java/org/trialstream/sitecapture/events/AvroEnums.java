package org.trialstream.sitecapture.events;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Enums of the model and of the contracts share their symbol names; the contracts add UNKNOWN. */
final class AvroEnums {

	/** Each contract enum's symbols by name, built once: getEnumConstants() copies the array on every call. */
	private static final ClassValue<Map<String, Enum<?>>> SYMBOLS = new ClassValue<>() {
		@Override
		protected Map<String, Enum<?>> computeValue(Class<?> type) {
			return Arrays.stream((Enum<?>[]) type.getEnumConstants())
				.collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));
		}
	};

	private AvroEnums() {
	}

	/** The symbol of the same name, or null for null (and for UNKNOWN, which the model does not have). */
	static <E extends Enum<E>> E convert(Enum<?> value, Class<E> type) {
		return value == null ? null : type.cast(SYMBOLS.get(type).get(value.name()));
	}

}
