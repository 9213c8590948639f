package org.trialstream.adverseevent.intake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.trialstream.adverseevent.assessment.LabAnalyte;
import org.trialstream.adverseevent.assessment.LabObservation;

/**
 * Each subject's baseline labs from enrolment, which lab grading compares against. Kept in memory and rebuilt on
 * every start by replaying capture.subject-enrolled.v1 from the beginning.
 */
@Component
public class SubjectBaselines {

	private final Map<String, Map<LabAnalyte, LabObservation>> bySubject = new ConcurrentHashMap<>();

	void record(String trialId, String subjectId, List<LabObservation> labs) {
		Map<LabAnalyte, LabObservation> baseline = new ConcurrentHashMap<>();
		labs.forEach(lab -> baseline.put(lab.analyte(), lab));
		bySubject.put(key(trialId, subjectId), baseline);
	}

	/** The baseline of one analyte, or null when the subject has none. */
	LabObservation of(String trialId, String subjectId, LabAnalyte analyte) {
		return bySubject.getOrDefault(key(trialId, subjectId), Map.of()).get(analyte);
	}

	private static String key(String trialId, String subjectId) {
		return trialId + ":" + subjectId;
	}

}
