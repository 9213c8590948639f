package org.trialstream.sitecapture.subject;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.trialstream.sitecapture.security.Actor;

/**
 * {@code GET /api/v1/trials/{trialId}/subjects/{subjectId}}: the subject with its visits and adverse events as the
 * reader may see them. A site reads only its own subjects; the arm of a blinded trial is shown to the DMC only.
 */
@RestController
class SubjectController {

	private final SubjectLookup lookup;

	private final RecordedVisits recordedVisits;

	SubjectController(SubjectLookup lookup, RecordedVisits recordedVisits) {
		this.lookup = lookup;
		this.recordedVisits = recordedVisits;
	}

	@Operation(summary = "Read a subject with its visits and adverse events")
	@GetMapping("/api/v1/trials/{trialId}/subjects/{subjectId}")
	SubjectView read(@PathVariable String trialId, @PathVariable String subjectId,
			@Parameter(hidden = true) Actor actor) {
		SubjectState state = lookup.forRead(actor, trialId, subjectId);
		boolean showArm = !lookup.protocol(trialId).blinded() || actor.seesBlindedArms();
		return SubjectView.of(state, showArm, recordedVisits.complete(state.visits()));
	}

}
