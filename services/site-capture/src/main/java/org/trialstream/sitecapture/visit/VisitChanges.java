package org.trialstream.sitecapture.visit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.trialstream.sitecapture.model.FieldChange;
import org.trialstream.sitecapture.model.Lab;
import org.trialstream.sitecapture.model.LimbAssessment;
import org.trialstream.sitecapture.model.Visit;

/**
 * The field-level difference between a visit and its correction, old and new value side by side. Limbs are matched
 * by laterality and labs by analyte (and code), so a reordered list is not a change:
 * {@code limbs[LEFT].wound.areaCm2}, {@code labs[HEMOGLOBIN].value}.
 */
public final class VisitChanges {

	private VisitChanges() {
	}

	public static List<FieldChange> between(Visit before, Visit after) {
		Map<String, String> old = flatten(before);
		Map<String, String> now = flatten(after);
		Set<String> paths = new LinkedHashSet<>(old.keySet());
		paths.addAll(now.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String path : paths) {
			if (!Objects.equals(old.get(path), now.get(path))) {
				changes.add(new FieldChange(path, old.get(path), now.get(path)));
			}
		}
		return changes;
	}

	static Map<String, String> flatten(Visit visit) {
		Map<String, String> values = new LinkedHashMap<>();
		flatten("", visit, values);
		return values;
	}

	private static void flatten(String path, Object value, Map<String, String> into) {
		if (value == null) {
			return;
		}
		if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				flatten(path.isEmpty() ? component.getName() : path + "." + component.getName(),
						read(component, record), into);
			}
		}
		else if (value instanceof List<?> list) {
			Map<String, Integer> repeats = new HashMap<>();
			for (int i = 0; i < list.size(); i++) {
				String key = key(list.get(i), i);
				int seen = repeats.merge(key, 1, Integer::sum);
				flatten(path + "[" + (seen == 1 ? key : key + "#" + seen) + "]", list.get(i), into);
			}
		}
		else {
			into.put(path, String.valueOf(value));
		}
	}

	private static String key(Object item, int index) {
		if (item instanceof LimbAssessment limb && limb.laterality() != null) {
			return limb.laterality().name();
		}
		if (item instanceof Lab lab && lab.analyte() != null) {
			return lab.analyteCode() == null ? lab.analyte().name() : lab.analyte() + ":" + lab.analyteCode();
		}
		return String.valueOf(index);
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component, ex);
		}
	}

}
