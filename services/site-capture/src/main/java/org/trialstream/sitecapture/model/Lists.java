package org.trialstream.sitecapture.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies of lists that keep null items, so the edit checks can name them. */
final class Lists {

	private Lists() {
	}

	static <T> List<T> copy(List<T> values) {
		return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
	}

}
