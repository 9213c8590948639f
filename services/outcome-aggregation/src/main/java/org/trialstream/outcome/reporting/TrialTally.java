package org.trialstream.outcome.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.outcome.subject.UnitOutcome;
import org.trialstream.protocol.TrialProtocol;

/**
 * A trial's running totals, pooled, per arm and per site, kept up to date one subject summary at a time ({@link
 * #replace}): the cost of a change does not grow with the trial's subjects, and the report ({@link #report}) is
 * computed from the totals. The data cut-off (the latest assessment any subject has) is the largest of a counted set
 * of dates, so it too follows a subject whose latest visit is corrected away.
 */
public final class TrialTally {

	private final TrialProtocol protocol;

	private final GroupTally pooled;

	private final Map<String, GroupTally> arms = new LinkedHashMap<>();

	private final NavigableMap<String, VisitCompliance> sites = new TreeMap<>();

	private final NavigableMap<LocalDate, Integer> assessmentDates = new TreeMap<>();

	private int subjects;

	public TrialTally(TrialProtocol protocol) {
		this.protocol = protocol;
		this.pooled = new GroupTally(protocol);
		protocol.arms().forEach(arm -> arms.put(arm.code(), new GroupTally(protocol)));
		protocol.sites().forEach(site -> sites.put(site.id(), new VisitCompliance(protocol)));
	}

	/**
	 * Replaces a subject's summary.
	 * @param before the summary counted so far, null for a subject not counted yet
	 * @param after the new summary, null to take the subject out
	 */
	public void replace(SubjectSummary before, SubjectSummary after) {
		if (before == null && after == null) {
			return;
		}
		subjects += (after == null ? 0 : 1) - (before == null ? 0 : 1);
		pooled.replace(before, after);
		String beforeArm = before == null ? null : before.armCode();
		String afterArm = after == null ? null : after.armCode();
		if (Objects.equals(beforeArm, afterArm)) {
			group(afterArm).ifPresent(arm -> arm.replace(before, after));
		}
		else {
			group(beforeArm).ifPresent(arm -> arm.replace(before, null));
			group(afterArm).ifPresent(arm -> arm.replace(null, after));
		}
		if (before != null) {
			site(before.siteId()).add(before, -1);
			dates(before, -1);
			if (site(before.siteId()).enrolled() == 0 && !protocol.hasSite(before.siteId())) {
				sites.remove(before.siteId());
			}
		}
		if (after != null) {
			site(after.siteId()).add(after, 1);
			dates(after, 1);
		}
	}

	/** Subjects counted. */
	public int subjects() {
		return subjects;
	}

	/** The complete report (every arm and pooled, nothing suppressed). */
	public TrialReport report(Unblinding unblinding, Instant updatedAt) {
		LocalDate asOf = assessmentDates.isEmpty()
				? updatedAt == null ? null : LocalDate.ofInstant(updatedAt, ZoneOffset.UTC) : assessmentDates.lastKey();
		ArmOutcomeCalculator calculator = new ArmOutcomeCalculator(protocol, asOf);
		ArmOutcome all = calculator.calculate(null, "All arms", pooled);
		List<ArmOutcome> byArm = protocol.arms()
			.stream()
			.map(arm -> calculator.calculate(arm.code(), arm.label(), arms.get(arm.code())))
			.toList();
		List<SiteOutcome> bySite = sites.entrySet()
			.stream()
			.map(entry -> new SiteOutcome(entry.getKey(), siteName(entry.getKey()),
					calculator.siteCounts(entry.getValue()), List.of()))
			.toList();
		return new TrialReport(protocol.trialId(), protocol.title(), ReportScope.CLOSED_BY_ARM,
				protocol.blinded() && unblinding == null, unblinding, protocol.unitOfAnalysis().name(),
				protocol.smallCellThreshold(), asOf, updatedAt, all, byArm, bySite);
	}

	private Optional<GroupTally> group(String armCode) {
		return Optional.ofNullable(armCode == null ? null : arms.get(armCode));
	}

	private VisitCompliance site(String siteId) {
		return sites.computeIfAbsent(siteId, id -> new VisitCompliance(protocol));
	}

	/** Each unit's latest assessment date (enrolment + follow-up day): the largest is the data cut-off. */
	private void dates(SubjectSummary subject, int sign) {
		if (subject.enrolmentDate() == null) {
			return;
		}
		for (UnitOutcome unit : subject.units()) {
			if (unit.followUpDay() != null) {
				assessmentDates.merge(subject.enrolmentDate().plusDays(unit.followUpDay()), sign,
						(a, b) -> a + b == 0 ? null : a + b);
			}
		}
	}

	private String siteName(String siteId) {
		return protocol.sites()
			.stream()
			.filter(site -> site.id().equals(siteId))
			.map(TrialProtocol.Site::name)
			.findFirst()
			.orElse(siteId);
	}

}
