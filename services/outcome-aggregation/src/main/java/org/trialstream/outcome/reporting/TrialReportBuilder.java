package org.trialstream.outcome.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.trialstream.outcome.subject.SubjectSummary;
import org.trialstream.protocol.TrialProtocol;

/**
 * Builds a trial's complete report (every arm and pooled, nothing suppressed) from its subjects' summaries. Pure
 * function of its inputs, so a rebuild from the topics gives the same report.
 */
public final class TrialReportBuilder {

	private final TrialProtocol protocol;

	public TrialReportBuilder(TrialProtocol protocol) {
		this.protocol = protocol;
	}

	public TrialReport build(Collection<SubjectSummary> subjects, Unblinding unblinding, Instant updatedAt) {
		LocalDate asOf = dataCutOff(subjects)
			.orElse(updatedAt == null ? null : LocalDate.ofInstant(updatedAt, java.time.ZoneOffset.UTC));
		ArmOutcomeCalculator calculator = new ArmOutcomeCalculator(protocol, asOf);
		List<SubjectSummary> all = List.copyOf(subjects);
		ArmOutcome pooled = calculator.calculate(null, "All arms", all);
		List<ArmOutcome> arms = protocol.arms()
			.stream()
			.map(arm -> calculator.calculate(arm.code(), arm.label(),
					all.stream().filter(s -> arm.code().equals(s.armCode())).toList()))
			.toList();
		return new TrialReport(protocol.trialId(), protocol.title(), ReportScope.CLOSED_BY_ARM,
				protocol.blinded() && unblinding == null, unblinding, protocol.unitOfAnalysis().name(),
				protocol.smallCellThreshold(), asOf, updatedAt, pooled, arms, sites(all, calculator));
	}

	/**
	 * The data cut-off: the latest assessment any subject has. Visits are due or missed relative to it rather than to
	 * the wall clock, as in an interim analysis, so data entered late (or simulated in compressed time) reads the same.
	 */
	private static Optional<LocalDate> dataCutOff(Collection<SubjectSummary> subjects) {
		return subjects.stream()
			.filter(subject -> subject.enrolmentDate() != null)
			.flatMap(subject -> subject.units()
				.stream()
				.filter(unit -> unit.followUpDay() != null)
				.map(unit -> subject.enrolmentDate().plusDays(unit.followUpDay())))
			.max(Comparator.naturalOrder());
	}

	private List<SiteOutcome> sites(List<SubjectSummary> subjects, ArmOutcomeCalculator calculator) {
		Map<String, List<SubjectSummary>> bySite = new TreeMap<>();
		protocol.sites().forEach(site -> bySite.put(site.id(), new ArrayList<>()));
		subjects.forEach(s -> bySite.computeIfAbsent(s.siteId(), id -> new ArrayList<>()).add(s));
		return bySite.entrySet()
			.stream()
			.map(entry -> new SiteOutcome(entry.getKey(), siteName(entry.getKey()),
					calculator.siteCounts(entry.getValue()), List.of()))
			.toList();
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
