package org.trialstream.sitecapture.events;

/** Enums of the model and of the contracts share their symbol names; the contracts add UNKNOWN. */
final class AvroEnums {

	private AvroEnums() {
	}

	/** The symbol of the same name, or null for null (and for UNKNOWN, which the model does not have). */
	static <E extends Enum<E>> E convert(Enum<?> value, Class<E> type) {
		if (value == null) {
			return null;
		}
		for (E symbol : type.getEnumConstants()) {
			if (symbol.name().equals(value.name())) {
				return symbol;
			}
		}
		return null;
	}

}
