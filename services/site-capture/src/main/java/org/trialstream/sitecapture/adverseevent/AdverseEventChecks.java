package org.trialstream.sitecapture.adverseevent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.trialstream.sitecapture.editcheck.Violations;
import org.trialstream.sitecapture.model.AdverseEventCase;
import org.trialstream.sitecapture.model.AdverseEventOutcome;
import org.trialstream.sitecapture.model.Subject;

/**
 * Edit checks of an adverse event case (ICH E2A, CTCAE): a serious event names at least one seriousness criterion and
 * a non-serious one names none; the grade is 1-5 and grade 5 (death) has outcome FATAL; onset is not in the future,
 * resolution not before onset; the site became aware neither in the future nor before onset; the limb, if named, is
 * one the subject has.
 */
public final class AdverseEventChecks {

	static final int MAX_TEXT = 2000;

	private AdverseEventChecks() {
	}

	public static Violations check(AdverseEventCase ae, String prefix, Subject subject, Instant now) {
		Violations violations = new Violations();
		// Dates are the site's local dates: a site east of UTC is already a day ahead of the server.
		LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
		violations.required(prefix + "verbatimTerm", ae.verbatimTerm());
		violations.maxLength(prefix + "verbatimTerm", ae.verbatimTerm(), MAX_TEXT);
		violations.maxLength(prefix + "meddraPtCode", ae.meddraPtCode(), 20);
		violations.maxLength(prefix + "meddraVersion", ae.meddraVersion(), 20);
		if (violations.required(prefix + "onsetDate", ae.onsetDate()) && ae.onsetDate().isAfter(today.plusDays(1))) {
			violations.add(prefix + "onsetDate", "date.future", "must not be in the future");
		}
		if (ae.resolvedDate() != null && ae.onsetDate() != null && ae.resolvedDate().isBefore(ae.onsetDate())) {
			violations.add(prefix + "resolvedDate", "ae.resolved.before-onset", "must not be before onsetDate");
		}
		if (violations.required(prefix + "ctcaeGrade", ae.ctcaeGrade())) {
			violations.range(prefix + "ctcaeGrade", "range.ctcae-grade", ae.ctcaeGrade(), 1, 5, null);
			if (ae.ctcaeGrade() == 5 && ae.outcome() != null && ae.outcome() != AdverseEventOutcome.FATAL) {
				violations.add(prefix + "outcome", "ae.grade5.fatal", "grade 5 (death) requires outcome FATAL");
			}
		}
		violations.required(prefix + "ctcaeVersion", ae.ctcaeVersion());
		seriousness(violations, prefix, ae);
		violations.required(prefix + "causalityInvestigator", ae.causalityInvestigator());
		violations.required(prefix + "outcome", ae.outcome());
		if (ae.laterality() != null && !subject.hasLimb(ae.laterality())) {
			violations.add(prefix + "laterality", "limb.unknown",
					"the subject has no " + ae.laterality() + " limb in this trial");
		}
		if (violations.required(prefix + "siteAwareAt", ae.siteAwareAt())) {
			// A few minutes of clock skew between the site's clock and ours are not an error.
			if (ae.siteAwareAt().isAfter(now.plusSeconds(300))) {
				violations.add(prefix + "siteAwareAt", "date.future", "must not be in the future");
			}
			if (ae.onsetDate() != null
					&& ae.siteAwareAt().isBefore(ae.onsetDate().atStartOfDay(ZoneOffset.UTC).toInstant())) {
				violations.add(prefix + "siteAwareAt", "ae.site-aware.before-onset", "must not be before onsetDate");
			}
		}
		return violations;
	}

	private static void seriousness(Violations violations, String prefix, AdverseEventCase ae) {
		for (int i = 0; i < ae.seriousnessCriteria().size(); i++) {
			violations.required(prefix + "seriousnessCriteria[" + i + "]", ae.seriousnessCriteria().get(i));
		}
		if (!violations.required(prefix + "serious", ae.serious())) {
			return;
		}
		if (ae.serious() && ae.seriousnessCriteria().isEmpty()) {
			violations.add(prefix + "seriousnessCriteria", "ae.serious.criteria-required",
					"a serious adverse event must name at least one seriousness criterion");
		}
		if (!ae.serious() && !ae.seriousnessCriteria().isEmpty()) {
			violations.add(prefix + "seriousnessCriteria", "ae.criteria.not-serious",
					"a non-serious adverse event names no seriousness criterion");
		}
	}

}
