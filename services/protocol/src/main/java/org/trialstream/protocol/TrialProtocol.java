package org.trialstream.protocol;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One trial's protocol as the platform applies it. Every rule that differs between trials lives here, so a new
 * trial is a new YAML file.
 *
 * @param trialId the trial's identifier in URLs and events, e.g. LEGEND-1
 * @param title human-readable title
 * @param blinded true while sponsor and sites must not see arms (unblinding is an event)
 * @param unitOfAnalysis subjects, or limbs where the protocol analyses by limb
 * @param arms arms with their allocation ratio
 * @param sites participating sites
 * @param schedule scheduled visits with their windows
 * @param eligibility inclusion rules checked at enrolment
 * @param labRanges lab normal ranges: a default per analyte, overridden per site
 * @param expectedEvents reference safety information: expected terms (lower-case verbatim or MedDRA PT codes)
 * @param eventsOfSpecialInterest terms that alert whatever their seriousness
 * @param responseMapping wound response categories, where the protocol defines them (else null)
 * @param smallCellThreshold reported counts below this are suppressed
 * @param escalateUnacknowledgedAfter an unacknowledged serious alert escalates after this
 * @param diabetesEndpoints whether the trial records HbA1c, insulin dose and hypoglycaemia
 */
public record TrialProtocol(String trialId, String title, boolean blinded, UnitOfAnalysis unitOfAnalysis,
		List<Arm> arms, List<Site> sites, List<ScheduledVisit> schedule, Eligibility eligibility,
		LabRanges labRanges, List<String> expectedEvents, List<String> eventsOfSpecialInterest,
		ResponseMapping responseMapping, int smallCellThreshold, Duration escalateUnacknowledgedAfter,
		boolean diabetesEndpoints) {

	public TrialProtocol {
		if (trialId == null || trialId.isBlank()) {
			throw new IllegalArgumentException("trialId is required");
		}
		arms = required(arms, "arms");
		sites = required(sites, "sites");
		schedule = required(schedule, "schedule");
		expectedEvents = expectedEvents == null ? List.of() : expectedEvents.stream().map(String::toLowerCase).toList();
		eventsOfSpecialInterest = eventsOfSpecialInterest == null ? List.of()
				: eventsOfSpecialInterest.stream().map(String::toLowerCase).toList();
		eligibility = eligibility == null ? Eligibility.NONE : eligibility;
		labRanges = labRanges == null ? LabRanges.EMPTY : labRanges;
	}

	private static <T> List<T> required(List<T> values, String name) {
		if (values == null || values.isEmpty()) {
			throw new IllegalArgumentException(name + " must list at least one entry");
		}
		return List.copyOf(values);
	}

	public boolean hasSite(String siteId) {
		return sites.stream().anyMatch(site -> site.id().equals(siteId));
	}

	public Optional<ScheduledVisit> visit(String visitCode) {
		return schedule.stream().filter(visit -> visit.code().equals(visitCode)).findFirst();
	}

	public Optional<Arm> arm(String armCode) {
		return arms.stream().filter(arm -> arm.code().equals(armCode)).findFirst();
	}

	/** Whether a reported term (verbatim or MedDRA PT code) is listed in the reference safety information. */
	public boolean isExpected(String verbatimTerm, String meddraPtCode) {
		return listed(expectedEvents, verbatimTerm, meddraPtCode);
	}

	public boolean isEventOfSpecialInterest(String verbatimTerm, String meddraPtCode) {
		return listed(eventsOfSpecialInterest, verbatimTerm, meddraPtCode);
	}

	private static boolean listed(List<String> terms, String verbatimTerm, String meddraPtCode) {
		return (verbatimTerm != null && terms.contains(verbatimTerm.strip().toLowerCase()))
				|| (meddraPtCode != null && terms.contains(meddraPtCode.strip().toLowerCase()));
	}

	/** Subjects, or limbs where the protocol randomises by patient but analyses by limb. */
	public enum UnitOfAnalysis {

		SUBJECT, LIMB

	}

	/** An arm and its weight in the allocation ratio (1:1:1 is three arms of ratio 1). */
	public record Arm(String code, String label, int ratio) {
	}

	public record Site(String id, String name) {
	}

	/** A scheduled visit on study day {@code day}, accepted from day - windowBeforeDays to day + windowAfterDays. */
	public record ScheduledVisit(String code, int day, int windowBeforeDays, int windowAfterDays) {

		public boolean inWindow(int studyDay) {
			return studyDay >= day - windowBeforeDays && studyDay <= day + windowAfterDays;
		}

	}

	/** Where wound responses are protocol-defined (our convention for NCT06480123, see DOMAIN.md). */
	public record ResponseMapping(double partialResponseReductionPercent, double progressionIncreasePercent) {
	}

}
