package org.trialstream.adverseevent.intake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.trialstream.adverseevent.assessment.LabAnalyte;
import org.trialstream.adverseevent.assessment.LabObservation;

/**
 * Each subject's baseline labs from enrolment, which lab grading compares against. Kept in memory and rebuilt on
 * every start by replaying capture.subject-enrolled.v1 from the beginning, so it must stay small for trials of a
 * hundred thousand subjects: per subject one array slot per graded analyte (unit texts shared), and nothing at all
 * for a subject enrolled without baseline labs.
 */
@Component
public class SubjectBaselines {

	private static final LabAnalyte[] ANALYTES = LabAnalyte.values();

	private final Map<String, Map<String, Baseline>> byTrial = new ConcurrentHashMap<>();

	void record(String trialId, String subjectId, List<LabObservation> labs) {
		Map<String, Baseline> subjects = byTrial.computeIfAbsent(trialId, trial -> new ConcurrentHashMap<>());
		if (labs.isEmpty()) {
			subjects.remove(subjectId);
			return;
		}
		LabObservation[] byAnalyte = new LabObservation[ANALYTES.length];
		for (LabObservation lab : labs) {
			byAnalyte[lab.analyte().ordinal()] = new LabObservation(lab.analyte(), lab.value(), lab.unit().intern(),
					lab.lowerLimitOfNormal(), lab.upperLimitOfNormal());
		}
		subjects.put(subjectId, new Baseline(byAnalyte));
	}

	/** The subject's baseline; {@link Baseline#NONE} when it has none. */
	Baseline of(String trialId, String subjectId) {
		Baseline baseline = byTrial.getOrDefault(trialId, Map.of()).get(subjectId);
		return baseline == null ? Baseline.NONE : baseline;
	}

	/** One subject's baseline labs, by analyte. */
	static final class Baseline {

		static final Baseline NONE = new Baseline(new LabObservation[ANALYTES.length]);

		private final LabObservation[] byAnalyte;

		private Baseline(LabObservation[] byAnalyte) {
			this.byAnalyte = byAnalyte;
		}

		/** The baseline of one analyte, or null when the subject has none. */
		LabObservation of(LabAnalyte analyte) {
			return byAnalyte[analyte.ordinal()];
		}

	}

}
