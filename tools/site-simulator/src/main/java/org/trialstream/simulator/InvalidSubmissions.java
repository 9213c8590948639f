package org.trialstream.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Submissions a careless site might send, each of which the platform must reject with a 4xx and write nothing:
 * out-of-range values, a missing date, unknown fields (here an attempt to send a name), malformed JSON, a serious
 * event without criteria, a death without a fatal outcome.
 */
final class InvalidSubmissions {

	private InvalidSubmissions() {
	}

	/** Ways to spoil a valid visit body; the result is a map or a raw (malformed) JSON string. */
	static final List<UnaryOperator<Object>> VISIT_SPOILERS = List.of(
			visit -> with(visit, body -> firstLimbPerfusion(body).put("abi", 3.4)),
			visit -> with(visit, body -> firstLimbPerfusion(body).put("tcpo2MmHg", 140.0)),
			visit -> with(visit, body -> body.remove("visitDate")),
			visit -> with(visit, body -> body.put("patientName", "Jane Example")),
			visit -> "{\"visitCode\": \"D28\", \"visitDate\": ");

	/** Ways to spoil a valid adverse event body. */
	static final List<UnaryOperator<Object>> ADVERSE_EVENT_SPOILERS = List.of(
			event -> with(event, body -> {
				body.put("serious", true);
				body.put("seriousnessCriteria", List.of());
			}), event -> with(event, body -> {
				body.put("ctcaeGrade", 5);
				body.put("outcome", "RECOVERED");
			}), event -> with(event, body -> body.put("ctcaeGrade", 7)));

	@SuppressWarnings("unchecked")
	private static Object with(Object valid, java.util.function.Consumer<Map<String, Object>> spoil) {
		Map<String, Object> copy = deepCopy((Map<String, Object>) valid);
		spoil.accept(copy);
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> firstLimbPerfusion(Map<String, Object> visit) {
		List<Map<String, Object>> limbs = (List<Map<String, Object>>) visit.get("limbs");
		return (Map<String, Object>) limbs.get(0).get("perfusion");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> deepCopy(Map<String, Object> source) {
		Map<String, Object> copy = new LinkedHashMap<>();
		source.forEach((key, value) -> copy.put(key, copyValue(value)));
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static Object copyValue(Object value) {
		if (value instanceof Map<?, ?> map) {
			return deepCopy((Map<String, Object>) map);
		}
		if (value instanceof List<?> list) {
			return new java.util.ArrayList<>(list.stream().map(InvalidSubmissions::copyValue).toList());
		}
		return value;
	}

}
